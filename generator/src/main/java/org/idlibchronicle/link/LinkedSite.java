package org.idlibchronicle.link;

import java.util.List;
import java.util.Map;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.model.Topic;

/**
 * The content with every reference resolved: the chronology, the reverse links from each
 * agreement, provision and source to what mentions it, the events referring to each item of any
 * kind, and related events.
 * Lists of events are in chronological order; maps are keyed by id.
 */
public record LinkedSite(Content content, Chronology chronology,
                         Map<String, Event> events, Map<String, Agreement> agreements,
                         Map<String, Actor> actors, Map<String, Place> places, Map<String, Source> sources,
                         Map<String, Topic> topics,
                         Map<String, List<Event>> eventsByAgreement,
                         Map<String, List<Event>> eventsByProvision,
                         Map<ContentKind, Map<String, List<Event>>> eventsReferring,
                         Map<String, List<Agreement>> agreementsByActor,
                         Map<String, List<Citation>> citationsBySource,
                         Map<String, List<Event>> related,
                         List<ClaimSet> claimSets,
                         Map<String, List<ClaimSet>> claimSetsByEvent,
                         Passages passages) {

    public static String provisionKey(String agreement, String provision) {
        return agreement + "#" + provision;
    }

    /** The claim sets of one event, in the order they are written. */
    public List<ClaimSet> claimSetsOf(String eventId) {
        return claimSetsByEvent.getOrDefault(eventId, List.of());
    }

    /**
     * The events whose {@link org.idlibchronicle.model.RefersTo} fields name the item {@code id} of
     * {@code kind} (the events at a place, the events of an actor), in chronological order.
     */
    public List<Event> eventsReferring(ContentKind kind, String id) {
        return eventsReferring.getOrDefault(kind, Map.of()).getOrDefault(id, List.of());
    }

    public List<Event> eventsFor(Map<String, List<Event>> index, String key) {
        return index.getOrDefault(key, List.of());
    }
}
