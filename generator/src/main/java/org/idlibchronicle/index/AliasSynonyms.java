package org.idlibchronicle.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Place;

/**
 * The names of each actor, place and agreement (name, short name, aliases; a place's names in other
 * scripts) as one group of equivalent synonyms, analysed by the query chain. Groups are added in id
 * order, so the map is the same on every build.
 */
public final class AliasSynonyms {
    private AliasSynonyms() {}

    public static List<List<String>> groups(LinkedSite site) {
        List<List<String>> groups = new ArrayList<>();
        for (Actor a : site.actors().values()) {
            groups.add(group(a.name(), a.shortName(), a.aliases()));
        }
        for (Place p : site.places().values()) {
            // A name in another script is a synonym too, so an Arabic query finds the events that
            // name the place in English; a gazetteer's other Latin spellings are not (Aleppo has
            // eighteen, and each name of a group is indexed as every other): they find its page only.
            List<String> names = new ArrayList<>(p.aliases());
            p.names().stream().filter(n -> n.lang().isPresent()).forEach(n -> names.add(n.name()));
            groups.add(group(p.name(), "", names));
        }
        for (Agreement a : site.agreements().values()) {
            groups.add(group(a.title(), a.shortName(), a.aliases()));
        }
        groups.removeIf(g -> g.size() < 2);
        return groups;
    }

    private static List<String> group(String name, String shortName, List<String> aliases) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        if (!shortName.isBlank()) names.add(shortName);
        names.addAll(aliases);
        return List.copyOf(names);
    }

    /** Every term of every name of the groups: the terms a query may reach through another name. */
    public static Set<String> terms(List<List<String>> groups) {
        Set<String> terms = new java.util.HashSet<>();
        for (List<String> g : groups) for (String name : g) terms.addAll(SearchAnalyzer.terms(name));
        return terms;
    }

    public static SynonymMap map(List<List<String>> groups) {
        GroupParser parser = new GroupParser();
        try {
            for (List<String> g : groups) parser.addGroup(g);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lucene's synonym-map builder, fed from the content model instead of a synonyms file. */
    private static final class GroupParser extends SynonymMap.Parser {
        GroupParser() {
            super(true, SearchAnalyzer.QUERY);
        }

        void addGroup(List<String> names) throws IOException {
            List<CharsRef> analysed = new ArrayList<>();
            for (String n : names) {
                List<String> terms = SearchAnalyzer.terms(n);
                if (terms.isEmpty()) continue;
                // Joined here rather than by Parser.analyze, which refuses the gaps stop words leave.
                CharsRef ref = SynonymMap.Builder.join(terms.toArray(String[]::new), new CharsRefBuilder());
                if (!analysed.contains(ref)) analysed.add(ref);
            }
            for (CharsRef from : analysed) {
                for (CharsRef to : analysed) {
                    if (!from.equals(to)) add(from, to, true);
                }
            }
        }

        @Override
        public void parse(Reader in) {
            throw new UnsupportedOperationException("groups are added from the content model");
        }
    }
}
