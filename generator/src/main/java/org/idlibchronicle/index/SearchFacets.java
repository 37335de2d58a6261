package org.idlibchronicle.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Event;

/**
 * The filters of the search page beyond type and date: the events that refer to an item of a kind
 * (at a place, of an actor, under an agreement). One entry of {@link #FACETS} per kind: the kind
 * (its key names the URL parameter, {@code search.html?place=saraqib}, and its label the filter)
 * and the name each item is listed by. Written as {@code search/f/KEY.js}: every item with the
 * document numbers (gaps) of its events, loaded by the search page only, which counts each value
 * within the current results.
 */
public final class SearchFacets {
    /** A filter: the kind, each item's name, and the events of an item (by default those that refer to it). */
    record Facet(ContentKind kind, Function<LinkedSite, Map<String, String>> names, BiFunction<LinkedSite, String, List<Event>> events) {
        Facet(ContentKind kind, Function<LinkedSite, Map<String, String>> names) {
            this(kind, names, (site, id) -> site.eventsReferring(kind, id));
        }
    }

    static final List<Facet> FACETS = List.of(
            new Facet(ContentKind.PLACE, site -> names(site.places(), org.idlibchronicle.model.Place::name)),
            new Facet(ContentKind.ACTOR, site -> names(site.actors(), org.idlibchronicle.model.Actor::name)),
            new Facet(ContentKind.AGREEMENT, site -> names(site.agreements(), org.idlibchronicle.model.Agreement::shortName),
                    (site, id) -> site.eventsFor(site.eventsByAgreement(), id)),
            new Facet(ContentKind.TOPIC, site -> names(site.topics(), org.idlibchronicle.model.Topic::title)));

    private SearchFacets() {}

    private static <T> Map<String, String> names(Map<String, T> items, Function<T, String> name) {
        Map<String, String> out = new LinkedHashMap<>();
        items.forEach((id, item) -> out.put(id, name.apply(item)));
        return out;
    }

    static {
        // The registry says which kinds are filters, and in what order; this says how each is read.
        if (!FACETS.stream().map(Facet::kind).toList().equals(ContentKind.SEARCH_FACETS)) {
            throw new IllegalStateException("SearchFacets.FACETS must follow ContentKind.SEARCH_FACETS");
        }
    }

    /** For the boot file: each facet's parameter and label, in the order the page shows them. */
    static List<List<String>> labels() {
        return FACETS.stream().map(f -> List.of(f.kind().key(), f.kind().label())).toList();
    }

    /** Facet key → [[item id, name, document gaps...]] sorted by name, items without events left out. */
    static Map<String, List<List<Object>>> values(LinkedSite site, List<SearchDocument> docs) {
        Map<String, Integer> byUrl = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) byUrl.putIfAbsent(docs.get(d).url(), d);
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        for (Facet f : FACETS) {
            List<List<Object>> values = new ArrayList<>();
            f.names().apply(site).forEach((id, name) -> {
                // A set of document numbers, in order: a list searched before each add was
                // quadratic in an item's events (issue 26).
                java.util.BitSet numbers = new java.util.BitSet(docs.size());
                for (Event e : f.events().apply(site, id)) {
                    Integer d = byUrl.get(ContentKind.EVENT.pagePath(e.id()));
                    if (d != null) numbers.set(d);
                }
                if (numbers.isEmpty()) return;
                List<Object> value = new ArrayList<>(List.of(id, name));
                int prev = 0;
                for (int d = numbers.nextSetBit(0); d >= 0; d = numbers.nextSetBit(d + 1)) {
                    value.add(d - prev);
                    prev = d;
                }
                values.add(value);
            });
            values.sort((a, b) -> ((String) a.get(1)).compareToIgnoreCase((String) b.get(1)) != 0
                    ? ((String) a.get(1)).compareToIgnoreCase((String) b.get(1)) : ((String) a.get(0)).compareTo((String) b.get(0)));
            out.put(f.kind().key(), values);
        }
        return out;
    }
}
