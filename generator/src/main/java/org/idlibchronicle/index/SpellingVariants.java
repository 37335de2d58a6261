package org.idlibchronicle.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * For each term of a name, the terms of the other names of the same item ("saraqib" → saraqeb;
 * "ht" → hayat, tahrir, sham, jabhat, nusra): the index finds a page by any name of an item
 * (alias synonyms), and search.js marks the name the page actually uses with these.
 */
final class SpellingVariants {
    private SpellingVariants() {}

    /** Term → the other names' terms, for the terms the index holds; from the alias groups of content/. */
    static SortedMap<String, List<String>> of(List<List<String>> groups, Map<String, ?> indexed) {
        SortedMap<String, TreeSet<String>> out = new TreeMap<>();
        for (List<String> group : groups) {
            List<List<String>> names = new ArrayList<>();
            for (String name : group) names.add(SearchAnalyzer.terms(name));
            for (List<String> name : names) {
                for (String term : name) {
                    if (!indexed.containsKey(term)) continue;
                    for (List<String> other : names) {
                        for (String t : other) if (!name.contains(t)) out.computeIfAbsent(term, k -> new TreeSet<>()).add(t);
                    }
                }
            }
        }
        SortedMap<String, List<String>> lists = new TreeMap<>();
        out.forEach((t, v) -> lists.put(t, List.copyOf(v)));
        return lists;
    }
}
