package org.idlibchronicle.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    /*
     * What is found, as regular expressions (IndexScansTest holds them and compares):
     * a compound is [\p{L}\p{N}\p{M}NAME_MARKS]+(?:-[\p{L}\p{N}\p{M}NAME_MARKS]+)+, found left to
     * right; a letter-digit word is (?<![\p{L}\p{N}])(\p{L}+)(\p{N}+)(?![\p{L}\p{N}]). Every text
     * of the index goes through both, and the regular expressions took a sixth of the index stage's
     * time (a union of character classes is a chain of predicate calls per character): the scans
     * below look at each character once.
     */

    /** Whether a code point may be part of a compound's word: a letter, digit, mark or name mark. */
    private static boolean compoundPart(int c) {
        return CodePoints.letterOrDigit(c) || CodePoints.mark(c) || SearchAnalyzer.NAME_MARKS.indexOf(c) >= 0;
    }

    /** The compounds of a text, left to right: words joined by single hyphens, e.g. "al-Nu'man", "Su-24". */
    static List<String> compounds(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!compoundPart(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int end = CodePoints.runEnd(text, i, JoinedForms::compoundPart);
            boolean joined = false;
            while (end + 1 < text.length() && text.charAt(end) == '-' && compoundPart(text.codePointAt(end + 1))) {
                end = CodePoints.runEnd(text, end + 1, JoinedForms::compoundPart);
                joined = true;
            }
            if (joined) out.add(text.substring(start, end));
            i = end;
        }
        return out;
    }

    /** The words of a text that are letters then digits and nothing else, as {letters, digits}: "F16", "M4". */
    static List<String[]> lettersDigits(String text) {
        List<String[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!CodePoints.letterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int letters = CodePoints.runEnd(text, i, CodePoints::letter);
            int digits = CodePoints.runEnd(text, letters, CodePoints::digit);
            int end = CodePoints.runEnd(text, digits, CodePoints::letterOrDigit);
            if (letters > i && digits > letters && end == digits) {
                out.add(new String[] {text.substring(i, letters), text.substring(letters, digits)});
            }
            i = end;
        }
        return out;
    }

    /** Compound as written → its joined term or none: a function of the compound alone, shared by all builds. */
    private static final java.util.Map<String, List<String>> JOINED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Compound as written → its joined word, if it is one word: like {@link #JOINED}, a function of the compound. */
    private static final java.util.Map<String, java.util.Optional<FieldAnalysis.Word>> WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private JoinedForms() {}

    private static java.util.Optional<FieldAnalysis.Word> word(String compound) {
        String joined = compound.replace("-", "");
        List<String> surface = SearchAnalyzer.terms(SearchAnalyzer.SURFACE, joined);
        List<String> stem = SearchAnalyzer.terms(joined);
        return surface.size() == 1 && stem.size() == 1
                ? java.util.Optional.of(new FieldAnalysis.Word(surface.get(0), stem.get(0)))
                : java.util.Optional.empty();
    }

    private static List<String> joined(String compound) {
        return JOINED.computeIfAbsent(compound, c -> {
            List<String> joined = SearchAnalyzer.terms(c.replace("-", ""));
            return joined.size() == 1 && !SearchAnalyzer.terms(c).contains(joined.get(0)) ? joined : List.of();
        });
    }

    /**
     * What a text adds to the index: its extra terms (joined compounds and the parts of letter-digit
     * words, each once) and its joined words as written (folded, not stemmed) with their terms, for
     * typo correction. One scan of the text for both.
     */
    record Found(List<String> terms, List<FieldAnalysis.Word> words) {}

    static Found in(String text) {
        Set<String> terms = new LinkedHashSet<>();
        List<FieldAnalysis.Word> words = new ArrayList<>();
        for (String compound : compounds(text)) {
            terms.addAll(joined(compound));
            WORDS.computeIfAbsent(compound, JoinedForms::word).ifPresent(words::add);
        }
        for (String[] word : lettersDigits(text)) terms.addAll(SearchAnalyzer.terms(word[0] + " " + word[1]));
        return new Found(new ArrayList<>(terms), words);
    }
}
