package org.idlibchronicle.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The query synonyms of {@code site.yaml} ({@code search: synonyms:}): groups of words a reader
 * writes for one another where the record uses one of them ("when was Saraqib captured", and the
 * event says "Government forces take most of Saraqib"). They are applied when a query is read, not
 * when pages are indexed: a page that uses the query's own word ranks above one that uses another
 * word of its group, and the index does not grow by every form of every common verb.
 *
 * <p>Here each word becomes its index term (captured → captur) and each group keeps only the terms
 * some page uses: another term costs the browser a shard and finds nothing. {@code boot.js} carries
 * the groups; search.js's {@code synonymsOf} reads them as {@link #of} does (SearchAnalyzerParityIT
 * compares the two for every word of the record).
 */
public final class QuerySynonyms {
    private QuerySynonyms() {}

    /**
     * Each word of each group as its term. A word that the search drops (a stop word) or reads as
     * several terms cannot stand for another.
     *
     * @throws IllegalArgumentException naming the word, the group and the fix
     */
    public static List<List<String>> terms(List<List<String>> groups) {
        List<List<String>> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Set<String> terms = new LinkedHashSet<>();
            for (String word : groups.get(g)) {
                List<String> t = SearchAnalyzer.terms(word);
                if (t.size() != 1) {
                    throw new IllegalArgumentException("site.yaml: search: synonyms: group " + (g + 1) + " " + groups.get(g)
                            + ": '" + word + "' " + (t.isEmpty() ? "is a word the search ignores (a stop word)"
                            : "is read as " + t.size() + " words " + t) + ": list single words that carry meaning");
                }
                terms.add(t.get(0));
            }
            out.add(List.copyOf(terms));
        }
        return List.copyOf(out);
    }

    /** The groups with only the terms of {@code vocabulary} (the index's), those left with one term or none dropped. */
    public static List<List<String>> inIndex(List<List<String>> termGroups, Set<String> vocabulary) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> group : termGroups) {
            List<String> kept = group.stream().filter(vocabulary::contains).toList();
            if (kept.size() > 1) out.add(kept);
        }
        return List.copyOf(out);
    }

    /** The other terms of every group that holds {@code term}, in group order, each once. */
    public static List<String> of(String term, List<List<String>> groups) {
        Set<String> others = new LinkedHashSet<>();
        for (List<String> group : groups) {
            if (group.contains(term)) group.stream().filter(t -> !t.equals(term)).forEach(others::add);
        }
        return List.copyOf(others);
    }
}
