package org.idlibchronicle.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Provision;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.render.OutputFile;

/**
 * The index stage: one search document per event, agreement, provision, actor, place and source,
 * analysed with {@link SearchAnalyzer}, written as a static inverted index for the browser.
 * Titles and aliases are weighted above body text.
 */
public final class SearchIndexer {
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    static final int TITLE_WEIGHT = 5;
    static final int ALIAS_WEIGHT = 4;
    static final int SUMMARY_WEIGHT = 2;

    /** A search document: what a result shows, and the weighted texts it is found by. */
    public record SearchDocument(String type, String title, String url, String date, String summary,
                                 List<String> aliases, String body) {}

    private SearchIndexer() {}

    public static List<SearchDocument> documents(LinkedSite site) {
        List<SearchDocument> docs = new ArrayList<>();
        for (Event e : site.chronology().events()) {
            docs.add(new SearchDocument("event", e.title(), PagePaths.event(e.id()), e.date().start().toString(),
                    e.summary(), List.of(), e.body().text()));
        }
        for (Agreement a : site.agreements().values()) {
            List<String> names = new ArrayList<>(a.aliases());
            names.add(a.shortName());
            docs.add(new SearchDocument("agreement", a.title(), PagePaths.agreement(a.id()), a.signed().start().toString(),
                    a.shortName(), names, a.body().text()));
            for (Provision p : a.provisions()) {
                docs.add(new SearchDocument("provision", p.title() + " (" + a.shortName() + ")",
                        PagePaths.agreement(a.id()) + "#provision-" + p.id(), a.signed().start().toString(),
                        "", List.of(), p.text().text()));
            }
        }
        for (Actor a : site.actors().values()) {
            List<String> names = new ArrayList<>(a.aliases());
            if (!a.shortName().isEmpty()) names.add(a.shortName());
            docs.add(new SearchDocument("actor", a.name(), PagePaths.actor(a.id()), "", a.kind(), names,
                    a.description().text()));
        }
        for (Place p : site.places().values()) {
            docs.add(new SearchDocument("place", p.name(), PagePaths.place(p.id()), "", p.kind(), p.aliases(),
                    p.description().text()));
        }
        for (Source s : site.sources().values()) {
            docs.add(new SearchDocument("source", s.title().map(t -> s.outlet() + ": " + t).orElse(s.outlet()),
                    PagePaths.source(s.id()), s.date().orElse(""), s.kind(), List.of(), ""));
        }
        return docs;
    }

    public static List<OutputFile> index(List<SearchDocument> docs) {
        Map<String, Map<Integer, Integer>> postings = new TreeMap<>();
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            SearchDocument d = docs.get(i);
            add(postings, i, d.title(), TITLE_WEIGHT);
            for (String alias : d.aliases()) add(postings, i, alias, ALIAS_WEIGHT);
            add(postings, i, d.summary(), SUMMARY_WEIGHT);
            add(postings, i, d.body(), 1);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("t", d.title());
            r.put("u", d.url());
            r.put("k", d.type());
            r.put("d", d.date());
            r.put("s", d.summary());
            results.add(r);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("docs", results);
        index.put("terms", postings);
        try {
            return List.of(OutputFile.text("search/index.json", "search", JSON.writeValueAsString(index)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(Map<String, Map<Integer, Integer>> postings, int doc, String text, int weight) {
        for (String term : SearchAnalyzer.terms(text)) {
            postings.computeIfAbsent(term, t -> new TreeMap<>()).merge(doc, weight, Integer::sum);
        }
    }
}
