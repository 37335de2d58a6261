package org.idlibchronicle.model;

import java.util.List;
import java.util.Set;
import org.idlibchronicle.kind.ContentKind;

/**
 * Everything loaded from {@code content/}, each list sorted by id (events by date, then id).
 * {@code unreadable} holds the ids of files that failed to load, so later checks do not
 * report every reference to them as unknown: the load error is the one to fix.
 */
public record Content(List<Event> events, List<Agreement> agreements, List<Actor> actors,
                      List<Place> places, List<Source> sources, Set<String> unreadable) {

    /**
     * The items of one kind. An exhaustive switch: a kind added to the registry does not compile
     * until it is said here where its items are, so no check that runs over every kind misses it.
     */
    public List<? extends Item> items(ContentKind kind) {
        return switch (kind) {
            case EVENT -> events;
            case AGREEMENT -> agreements;
            case ACTOR -> actors;
            case PLACE -> places;
            case SOURCE -> sources;
        };
    }
}
