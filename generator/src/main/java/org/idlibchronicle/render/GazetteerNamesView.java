package org.idlibchronicle.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idlibchronicle.model.PlaceName;
import org.idlibchronicle.render.Views.Link;

/**
 * A place's names as a gazetteer gives them, for its page: those of each language in a list of
 * their own, marked with the language and the direction of their script so that a browser, a
 * screen reader and a search engine read them as Arabic; the Latin spellings; and the entries they
 * come from, which the gazetteer's licence (GeoNames: CC BY 4.0) asks to credit.
 */
final class GazetteerNamesView {
    /** The names of one language or script: {@code lang} and {@code dir} are the HTML attributes. */
    public record ScriptNames(String label, String lang, String dir, List<String> names) {}

    /** The view: empty lists for a place without such names (and for every actor). */
    public record Names(List<ScriptNames> scripts, List<String> spellings, List<Link> sources) {
        public boolean isEmpty() {
            return scripts.isEmpty() && spellings.isEmpty();
        }
    }

    static final Names NONE = new Names(List.of(), List.of(), List.of());

    private GazetteerNamesView() {}

    static Names of(List<PlaceName> names) {
        if (names.isEmpty()) return NONE;
        Map<String, List<String>> byLang = new LinkedHashMap<>();
        List<String> spellings = new ArrayList<>();
        Map<String, Link> sources = new LinkedHashMap<>();
        for (PlaceName n : names) {
            if (n.lang().isPresent()) byLang.computeIfAbsent(n.lang().get(), l -> new ArrayList<>()).add(n.name());
            else spellings.add(n.name());
            sources.computeIfAbsent(n.source() + " " + n.id(), k -> source(n));
        }
        List<ScriptNames> scripts = new ArrayList<>();
        byLang.forEach((lang, list) -> scripts.add(new ScriptNames(label(lang), lang, "rtl", List.copyOf(list))));
        return new Names(List.copyOf(scripts), List.copyOf(spellings), List.copyOf(sources.values()));
    }

    /** The schema allows only these tags; both are written right to left. */
    private static String label(String lang) {
        return switch (lang) {
            case "ar" -> "In Arabic";
            case "und-Arab" -> "In Arabic letters";
            default -> throw new IllegalArgumentException("no label for the language " + lang);
        };
    }

    private static Link source(PlaceName n) {
        if (!n.source().equals("geonames")) throw new IllegalArgumentException("no address for the source " + n.source());
        return new Link("GeoNames entry " + n.id(), "https://www.geonames.org/" + n.id());
    }
}
