package org.idlibchronicle.kind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Topic;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.model.SourceDocument;
import org.idlibchronicle.model.Item;

/**
 * Everything loaded from {@code content/}: the items of each kind of the registry, each list
 * sorted by id (events by date, then id). {@code unreadable} holds the ids of files that failed to
 * load, so later checks do not report every reference to them as unknown: the load error is the
 * one to fix. The typed accessors are for the stages that read a kind's own fields.
 */
public final class Content {
    private final Map<ContentKind, List<? extends Item>> items;
    private final Set<String> unreadable;

    /** The kinds with a file that failed to load: what their items would have declared is not known. */
    private final Set<ContentKind> incomplete;

    /** @param items the items of every kind of the registry */
    public Content(Map<ContentKind, List<? extends Item>> items, Set<String> unreadable) {
        this(items, unreadable, Set.of());
    }

    /** @param incomplete the kinds with a file that failed to load */
    public Content(Map<ContentKind, List<? extends Item>> items, Set<String> unreadable, Set<ContentKind> incomplete) {
        this.items = new EnumMap<>(ContentKind.class);
        for (ContentKind kind : ContentKind.values()) {
            this.items.put(kind, List.copyOf(items.getOrDefault(kind, List.of())));
        }
        this.unreadable = Set.copyOf(unreadable);
        this.incomplete = incomplete.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(incomplete));
    }

    /**
     * Whether every file of {@code kind} loaded: when one did not, a check of what the kind's items
     * declare (a topic's claim-set names) would blame files that are right, so it stays silent and
     * the load error, the root cause, is the one reported.
     */
    public boolean complete(ContentKind kind) {
        return !incomplete.contains(kind);
    }

    /** The items of one kind. */
    public List<? extends Item> items(ContentKind kind) {
        return items.get(kind);
    }

    public Set<String> unreadable() {
        return unreadable;
    }

    public List<Event> events() {
        return typed(ContentKind.EVENT, Event.class);
    }

    public List<Agreement> agreements() {
        return typed(ContentKind.AGREEMENT, Agreement.class);
    }

    public List<Actor> actors() {
        return typed(ContentKind.ACTOR, Actor.class);
    }

    public List<Place> places() {
        return typed(ContentKind.PLACE, Place.class);
    }

    public List<Topic> topics() {
        return typed(ContentKind.TOPIC, Topic.class);
    }

    public List<Source> sources() {
        return typed(ContentKind.SOURCE, Source.class);
    }

    public List<SourceDocument> documents() {
        return typed(ContentKind.DOCUMENT, SourceDocument.class);
    }

    @SuppressWarnings("unchecked")
    private <T extends Item> List<T> typed(ContentKind kind, Class<T> type) {
        if (kind.type() != type) throw new IllegalStateException(kind + " items are " + kind.type().getSimpleName());
        return (List<T>) items.get(kind);
    }
}
