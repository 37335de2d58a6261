package org.idlibchronicle.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.IntsRefFSTEnum;

/**
 * The index-time analysis of a text in one pass: the {@link SearchAnalyzer#QUERY} chain followed
 * by the alias synonyms, with the same terms as running that chain on the text.
 *
 * <p>Only the char filters and the tokenizer ({@link SearchAnalyzer#RAW}) see the whole text; every
 * later step of the chain works on one token at a time, so the surface form and the stem of each
 * distinct raw word are computed once for the whole corpus. The stems, with the gaps stop words
 * leave, are then replayed through Lucene's synonym filter. Building a search index used to run
 * the regex char filters twice over every field (index chain, then raw words); now once.
 */
final class FieldAnalysis {
    /** A raw word as written in a document's text. */
    record Word(String surface, String stem) {}

    /**
     * The index terms of a text (synonyms included), the distinct words it was written with, and its
     * terms in order without synonyms (stop words left out), for the phrase pairs.
     */
    record Result(List<String> terms, List<Word> words, List<String> stems) {}

    private static final Word STOP = new Word("", "");

    /**
     * Raw word → its surface form and stem, or {@link #STOP}. A function of the word alone, so it
     * is shared by all documents, threads and builds (the dev server re-indexes after every edit).
     */
    private static final Map<String, Word> WORDS = new ConcurrentHashMap<>();

    private final SynonymMap synonyms;
    /** The first stem of every name in the synonym map: a text with none of them needs no synonym pass. */
    private final Set<String> synonymStarts;

    FieldAnalysis(SynonymMap synonyms) {
        this.synonyms = synonyms;
        this.synonymStarts = firstWords(synonyms);
    }

    private static Set<String> firstWords(SynonymMap map) {
        Set<String> starts = new HashSet<>();
        if (map.fst == null) return starts;
        try {
            IntsRefFSTEnum<BytesRef> names = new IntsRefFSTEnum<>(map.fst);
            for (var name = names.next(); name != null; name = names.next()) {
                IntsRef codePoints = name.input;
                StringBuilder first = new StringBuilder();
                for (int i = codePoints.offset; i < codePoints.offset + codePoints.length; i++) {
                    if (codePoints.ints[i] == SynonymMap.WORD_SEPARATOR) break;
                    first.appendCodePoint(codePoints.ints[i]);
                }
                starts.add(first.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return starts;
    }

    Result analyse(String text) {
        List<String> stems = new ArrayList<>();
        List<Integer> increments = new ArrayList<>();
        List<Word> written = new ArrayList<>();
        int gap = 0;
        for (String raw : SearchAnalyzer.rawWords(text)) {
            Word w = WORDS.computeIfAbsent(raw, FieldAnalysis::word);
            if (w == STOP) {
                gap++;
                continue;
            }
            stems.add(w.stem());
            increments.add(1 + gap);
            written.add(w);
            gap = 0;
        }
        boolean anyName = stems.stream().anyMatch(synonymStarts::contains);
        return new Result(anyName ? withSynonyms(stems, increments) : stems, written, stems);
    }

    private static Word word(String raw) {
        List<String> surface = SearchAnalyzer.terms(SearchAnalyzer.SURFACE, raw);
        List<String> stem = SearchAnalyzer.terms(SearchAnalyzer.QUERY, raw);
        return surface.size() == 1 && stem.size() == 1 ? new Word(surface.get(0), stem.get(0)) : STOP;
    }

    private List<String> withSynonyms(List<String> stems, List<Integer> increments) {
        return SearchAnalyzer.terms(new FlattenGraphFilter(new SynonymGraphFilter(new Replay(stems, increments), synonyms, true)));
    }

    /** Terms already analysed, emitted again with their position increments. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final List<String> terms;
        private final List<Integer> increments;
        private int next;

        Replay(List<String> terms, List<Integer> increments) {
            this.terms = terms;
            this.increments = increments;
        }

        @Override
        public boolean incrementToken() {
            if (next == terms.size()) return false;
            clearAttributes();
            term.setEmpty().append(terms.get(next));
            increment.setPositionIncrement(increments.get(next));
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
