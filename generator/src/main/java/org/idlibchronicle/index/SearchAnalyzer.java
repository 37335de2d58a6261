package org.idlibchronicle.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis of every indexed text and every query. The browser's search.js mirrors the
 * {@link #QUERY} chain step by step (SearchAnalyzerParityIT proves it over the corpus vocabulary):
 * <ol>
 *   <li>char filters: drop combining marks (decomposed diacritics fold like composed ones), drop an
 *       English possessive {@code 's}, drop the apostrophes and ʿ/’/` marks of transliterated Arabic
 *       inside words (Ma'arrat → Maarrat, Hei`at → Heiat);</li>
 *   <li>tokens are runs of letters and digits (hyphens split: al-Nu'man → al, numan);</li>
 *   <li>lower case (İ → i), Lucene's Arabic normalisation (the hamza forms of alef → ا, alef maqsura →
 *       ي, ta marbuta → ه, tatweel and vowel marks dropped: إدلب → ادلب), ASCII folding (Erdoğan →
 *       erdogan, ı → i), English stop words plus the Arabic article in its Latin spellings (al, el,
 *       ash ...), Porter stemming;</li>
 *   <li>doubled letters collapse (maarrat and maarat → marat), after stemming so that Porter's
 *       double-consonant rules see the word as written.</li>
 * </ol>
 * The index adds the aliases from content/ as synonyms to this chain ({@link FieldAnalysis}: a
 * document that says "HTS" is also found by "Hayat Tahrir al-Sham"), so queries need no synonym map.
 */
public final class SearchAnalyzer {
    /** Marks inside transliterated names, removed after a letter: ' ’ ‘ ` ´ ʼ ʿ ʾ. */
    static final String NAME_MARKS = "'\u2019\u2018`\u00b4\u02bc\u02bf\u02be";
    /** The Arabic definite article as transliterated, separated by the tokenizer at the hyphen. */
    static final List<String> ARTICLES = List.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "ath", "adh", "an", "ul");
    static final String TOKEN = "[\\p{L}\\p{N}]+";
    private static final Pattern COMBINING_MARK = Pattern.compile("\\p{M}");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s(?![\\p{L}\\p{N}])");
    private static final Pattern NAME_MARK = Pattern.compile("(?<=\\p{L})[" + NAME_MARKS + "]");
    private static final Pattern WORD = Pattern.compile(TOKEN);
    private static final Pattern DOUBLED_LETTER = Pattern.compile("(\\p{L})\\1+");
    private static final CharArraySet STOP_WORDS = new CharArraySet(stopWords(), false);

    public static final Analyzer QUERY = new Chain(true, true);
    /** The same chain without the stemmer: the words as typed, for prefix matching while typing. */
    public static final Analyzer SURFACE = new Chain(true, false);
    /**
     * Only the char filters and the tokenizer: the raw words of a text. Every later step works on
     * one token at a time, so a raw word's surface form and stem can be computed once per distinct
     * word instead of once per occurrence.
     */
    static final Analyzer RAW = new Chain(false, false);

    private SearchAnalyzer() {}

    /** The stop words: Lucene's English set and the article forms, sorted (also shipped to the browser). */
    public static List<String> stopWords() {
        List<String> words = new ArrayList<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        for (String a : ARTICLES) if (!words.contains(a)) words.add(a);
        words.sort(null);
        return words;
    }

    /**
     * The chain, built from Lucene's classes directly rather than named to {@code CustomAnalyzer}:
     * naming a step makes Lucene's service loader load and inspect every analysis factory on the class
     * path (about 300 classes, Persian and Spanish stemmers among them) on each start of the generator.
     * The steps and their settings are those the factories would make.
     */
    private static final class Chain extends Analyzer {
        /** Past the tokenizer: lower case, Arabic normalisation, folding, stop words (and stemming). */
        private final boolean filtered;
        private final boolean stemmed;

        Chain(boolean filtered, boolean stemmed) {
            this.filtered = filtered;
            this.stemmed = stemmed;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            Reader r = new PatternReplaceCharFilter(COMBINING_MARK, "", reader);
            r = new PatternReplaceCharFilter(POSSESSIVE, "", r);
            return new PatternReplaceCharFilter(NAME_MARK, "", r);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new PatternTokenizer(WORD, 0);
            if (!filtered) return new TokenStreamComponents(words);
            TokenStream t = new LowerCaseFilter(words);
            t = new ArabicNormalizationFilter(t);
            t = new ASCIIFoldingFilter(t, false);
            t = new StopFilter(t, STOP_WORDS);
            if (stemmed) t = new PorterStemFilter(t);
            return new TokenStreamComponents(words, new PatternReplaceFilter(t, DOUBLED_LETTER, "$1", true));
        }
    }

    public static List<String> terms(String text) {
        return terms(QUERY, text);
    }

    /**
     * The raw words of a text: the terms of {@link #RAW}. A text without marks or name marks passes
     * the char filters unchanged, and its words are then the runs of letters and digits, which a
     * scan finds at a fraction of the cost of three regex char filters and a regex tokenizer (most
     * texts of the index are such texts); any other text goes through the chain.
     */
    static List<String> rawWords(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            // ʿ and ʾ are letters and name marks at once: the name-mark test comes first
            if (CodePoints.mark(c) || NAME_MARKS.indexOf(c) >= 0) return terms(RAW, text);
            if (CodePoints.letterOrDigit(c)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) words.add(text.substring(start));
        return words;
    }

    public static List<String> terms(Analyzer analyzer, String text) {
        return terms(analyzer.tokenStream("text", text));
    }

    /** Reads every term of {@code stream}, then closes it. */
    static List<String> terms(TokenStream stream) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
