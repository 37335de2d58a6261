package org.idlibchronicle.model;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/**
 * One dated happening in the record. Its id is its file name and its permanent URL; {@code tags}
 * are the topics it is about (ids of {@code content/topics/}). {@code dateNote} says how a date the
 * sources do not give was arrived at, so the page can show the reader. {@code attributionReviewed}
 * is a maintainer's reason why its title or summary may state as fact what an attributed passage
 * says; it silences that warning of {@code check/AttributionLint} for this event.
 */
public record Event(String id, SourcePosition origin, String title, EventDate date, Optional<String> dateNote, String summary,
                    @RefersTo(Place.class) List<Ref> places, @RefersTo(Actor.class) List<Ref> actors, List<AgreementLink> agreements,
                    @RefersTo(Topic.class) List<Ref> tags, List<Claim> claims, Markdown body,
                    List<Ref> formerIds, Optional<String> attributionReviewed,
                    java.util.Map<String, SourcePosition> at) implements Item {

    /** Where a field ({@code title}, {@code summary}) is written, for a finding about it; the file when not known. */
    public SourcePosition at(String field) {
        return at.getOrDefault(field, origin);
    }

    @Override
    public String label() {
        return title;
    }

    @Override
    public List<Markdown> texts() {
        return List.of(body);
    }
}
