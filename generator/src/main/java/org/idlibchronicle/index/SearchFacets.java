package org.idlibchronicle.index;

import org.idlibchronicle.plan.SearchDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Item;

/**
 * The filters of the search page beyond type and date: the events that refer to an item of a kind
 * (at a place, of an actor, under an agreement), for each kind {@link ContentKind#SEARCH_FACETS}
 * names: its key names the URL parameter ({@code search.html?place=saraqib}), its label the filter,
 * and each item is listed by its own label; what refers to what is the link stage's
 * ({@code LinkedSite.eventsReferring}, from the {@code @RefersTo} fields), so no kind needs code here. Written as {@code search/f/KEY.js}: every item with the
 * document numbers (gaps) of its events, loaded by the search page only, which counts each value
 * within the current results.
 */
public final class SearchFacets {
    /**
     * A filter: the kind, and the events of an item of it, those that refer to it (its place, its
     * actors, its agreements, its topics). An item is listed by its label.
     */
    record Facet(ContentKind kind) {
        Map<String, String> names(LinkedSite site) {
            Map<String, String> out = new LinkedHashMap<>();
            for (Item item : site.content().items(kind)) out.put(item.id(), item.label());
            return out;
        }

        List<Event> events(LinkedSite site, String id) {
            return site.eventsReferring(kind, id);
        }
    }

    /** One per kind the registry names as a filter, in its order. */
    static final List<Facet> FACETS = ContentKind.SEARCH_FACETS.stream().map(Facet::new).toList();

    private SearchFacets() {}

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
            f.names(site).forEach((id, name) -> {
                // A set of document numbers, in order: a list searched before each add was
                // quadratic in an item's events (issue 26).
                java.util.BitSet numbers = new java.util.BitSet(docs.size());
                for (Event e : f.events(site, id)) {
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
