package org.idlibchronicle.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other ways of writing a compound, indexed beside the terms of the text so that joined and
 * split forms find each other: "Su-24" is also indexed as {@code su24} and "al-Sham" as
 * {@code alsham} (the tokenizer splits at the hyphen, so "Su 24" and "Su-24" already agree), and
 * a word that runs letters into digits ("Su24", "F16") is also indexed as its parts ({@code su},
 * {@code 24}). Queries need nothing of this: "su24" is one term, "Su 24" two, and the index holds
 * both. search-analyzer.js has the same function ({@code joined}), used to mark these words in
 * results; SearchAnalyzerParityIT compares the two.
 */
public final class JoinedForms {
    /** A word with one or more hyphens inside it (name marks stay: the char filters remove them). */
    static final Pattern COMPOUND = Pattern.compile("[\\p{L}\\p{N}\\p{M}" + SearchAnalyzer.NAME_MARKS + "]+(?:-[\\p{L}\\p{N}\\p{M}"
            + SearchAnalyzer.NAME_MARKS + "]+)+");
    /** Letters run into digits, or digits into letters: a model name or a road written joined. */
    static final Pattern LETTERS_DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}+)(\\p{N}+)(?![\\p{L}\\p{N}])");

    /** Compound as written → its joined term or none: a function of the compound alone, shared by all builds. */
    private static final java.util.Map<String, List<String>> JOINED = new java.util.concurrent.ConcurrentHashMap<>();

    private JoinedForms() {}

    private static List<String> joined(String compound) {
        return JOINED.computeIfAbsent(compound, c -> {
            List<String> joined = SearchAnalyzer.terms(c.replace("-", ""));
            return joined.size() == 1 && !SearchAnalyzer.terms(c).contains(joined.get(0)) ? joined : List.of();
        });
    }

    /** The extra index terms of a text: joined compounds and the parts of letter-digit words, each once. */
    public static List<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = COMPOUND.matcher(text);
        while (m.find()) {
            out.addAll(joined(m.group()));
        }
        Matcher d = LETTERS_DIGITS.matcher(text);
        while (d.find()) out.addAll(SearchAnalyzer.terms(d.group(1) + " " + d.group(2)));
        return new ArrayList<>(out);
    }

    /** The joined words as written (folded, not stemmed), with their terms, for typo correction. */
    static List<FieldAnalysis.Word> words(String text) {
        List<FieldAnalysis.Word> out = new ArrayList<>();
        Matcher m = COMPOUND.matcher(text);
        while (m.find()) {
            String joined = m.group().replace("-", "");
            List<String> surface = SearchAnalyzer.terms(SearchAnalyzer.SURFACE, joined);
            List<String> stem = SearchAnalyzer.terms(joined);
            if (surface.size() == 1 && stem.size() == 1) out.add(new FieldAnalysis.Word(surface.get(0), stem.get(0)));
        }
        return out;
    }
}
