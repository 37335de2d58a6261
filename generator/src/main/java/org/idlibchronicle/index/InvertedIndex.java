package org.idlibchronicle.index;

import org.idlibchronicle.plan.SearchDocument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.idlibchronicle.plan.SearchDocument.Field;
import org.idlibchronicle.concurrent.Parallel;

/**
 * The inverted index with BM25F scores computed at build time: the weight of a term in a document
 * depends only on the corpus, so the browser adds up precomputed integers instead of shipping
 * per-field frequencies and lengths. Also holds, for as-you-type matching, a posting list per
 * prefix of every word as written (the best score of any word with that prefix), and the exact
 * names (title and aliases, analysed) of every document.
 */
public final class InvertedIndex {
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Score units per BM25 point: scores are shipped as small integers. */
    static final int SCALE = 20;
    /** Prefixes of 2 to this many letters get their own posting list. */
    static final int MAX_PREFIX = 7;
    /** A prefix list keeps its best postings only: enough to rank what is being typed. */
    static final int MAX_PREFIX_POSTINGS = 400;

    /** Document numbers ascending, with the score of each. */
    public record Postings(int[] docs, int[] scores) {
        int size() {
            return docs.length;
        }
    }

    public final SortedMap<String, Postings> terms = new TreeMap<>();
    public final SortedMap<String, Postings> prefixes = new TreeMap<>();
    /** Analysed title or alias ("marat numan") → documents with that exact name. */
    public final SortedMap<String, List<Integer>> names = new TreeMap<>();
    /** Two terms that follow each other in a field ("march 2020") → the documents where they do, for phrases. */
    final PhrasePairs pairs = new PhrasePairs();
    /**
     * A term of an item's names → the documents that write it, not only one of its other names
     * (the postings hold both): for a search for the exact spelling ("Saraqeb", not Saraqib).
     */
    public final SortedMap<String, int[]> written = new TreeMap<>();
    /** Every word as written (folded, not stemmed) → its stem, for typo correction of what was typed. */
    public final SortedMap<String, String> words = new TreeMap<>();
    public final int documents;

    private InvertedIndex(int documents) {
        this.documents = documents;
    }

    /** What one document contributes, analysed on its own so that documents can be analysed in parallel. */
    private record Analysed(Map<Field, Map<String, Integer>> freqs, Map<Field, Integer> lengths,
                            java.util.Set<FieldAnalysis.Word> words, List<String> names, java.util.Set<String> pairs) {}

    private static Analysed analyse(SearchDocument doc, FieldAnalysis analysis) {
        Map<Field, Map<String, Integer>> byField = new EnumMap<>(Field.class);
        Map<Field, Integer> lengths = new EnumMap<>(Field.class);
        // Distinct words: a word repeated in a document is recorded once.
        java.util.Set<FieldAnalysis.Word> words = new java.util.LinkedHashSet<>();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (Field f : Field.values()) {
            FieldAnalysis.Result r = analysis.analyse(doc.text(f));
            for (List<String> stems : phraseTexts(f, doc, r, analysis)) {
                for (int i = 1; i < stems.size(); i++) pairs.add(pair(stems.get(i - 1), stems.get(i)));
            }
            Map<String, Integer> tf = new HashMap<>();
            r.terms().forEach(t -> tf.merge(t, 1, Integer::sum));
            // Joined and split forms count as one more occurrence, not as more text (the length stays).
            JoinedForms.Found joined = JoinedForms.in(doc.text(f));
            joined.terms().forEach(t -> tf.merge(t, 1, Integer::sum));
            byField.put(f, tf);
            lengths.put(f, r.terms().size());
            words.addAll(r.words());
            words.addAll(joined.words());
        }
        List<String> names = new ArrayList<>();
        for (String name : nameList(doc)) {
            String key = String.join(" ", SearchAnalyzer.terms(name));
            if (!key.isEmpty()) names.add(key);
            // The name with its compounds joined ("Hayat Tahrir alSham") is the same name.
            String joined = String.join(" ", SearchAnalyzer.terms(name.replace("-", "")));
            if (!joined.isEmpty() && !joined.equals(key)) names.add(joined);
        }
        return new Analysed(byField, lengths, words, names, pairs);
    }

    /**
     * The term sequences of a field in which phrases are looked for: the text a page shows (title,
     * summary, text, date), and each of its other names on its own; not the lists of places and
     * actors, whose names do not run into each other on the page.
     */
    private static List<List<String>> phraseTexts(Field f, SearchDocument doc, FieldAnalysis.Result r, FieldAnalysis analysis) {
        return switch (f) {
            case PLACES, ACTORS, TYPE -> List.of();
            case ALIASES -> doc.aliases().stream().map(a -> analysis.analyse(a).stems()).toList();
            default -> List.of(r.stems());
        };
    }

    /** The key of two terms that follow each other: the browser builds the same from a quoted phrase. */
    static String pair(String first, String second) {
        return first + " " + second;
    }

    /** Indexes {@code docs}, each name in {@code synonyms} also indexed as its other names. */
    public static InvertedIndex build(List<SearchDocument> docs, SynonymMap synonyms) {
        return build(docs, synonyms, java.util.Set.of());
    }

    /** As {@link #build(List, SynonymMap)}, recording which documents write each of {@code nameTerms} ({@link #written}). */
    public static InvertedIndex build(List<SearchDocument> docs, SynonymMap synonyms, java.util.Set<String> nameTerms) {
        InvertedIndex index = new InvertedIndex(docs.size());
        int n = docs.size();
        FieldAnalysis analysis = new FieldAnalysis(synonyms);
        Field[] fields = Field.values();
        // Scoring needs every document's term counts and the collection's statistics, so the counts
        // of all documents are kept until the end: as term numbers and counts in int arrays, per
        // document and field, which at 100,000 events take a fifth of the memory of a map per field.
        TermNumbers numbers = new TermNumbers();
        int[][][] termsOf = new int[n][][];
        int[][][] countsOf = new int[n][][];
        EnumMap<Field, double[]> lengths = new EnumMap<>(Field.class);
        for (Field f : fields) lengths.put(f, new double[n]);
        Map<String, java.util.SortedSet<String>> surfaces = new HashMap<>();
        Map<String, List<Integer>> writtenDocs = new HashMap<>();
        // Analysis is most of the work and each document is independent: every core analyses a
        // block of documents, which is then merged and let go (only one block's analyses are held).
        for (int from = 0; from < n; from += ANALYSIS_BLOCK) {
            int start = from;
            List<Analysed> analysed = Parallel.map(docs.subList(from, Math.min(n, from + ANALYSIS_BLOCK)),
                    d -> analyse(d, analysis));
            for (int k = 0; k < analysed.size(); k++) {
                int d = start + k;
                Analysed a = analysed.get(k);
                termsOf[d] = new int[fields.length][];
                countsOf[d] = new int[fields.length][];
                java.util.Set<Integer> seen = new java.util.HashSet<>();
                for (Field f : fields) {
                    lengths.get(f)[d] = a.lengths().get(f);
                    Map<String, Integer> tf = a.freqs().get(f);
                    int[] terms = new int[tf.size()];
                    int[] counts = new int[tf.size()];
                    int i = 0;
                    for (var e : tf.entrySet()) {
                        terms[i] = numbers.of(e.getKey());
                        counts[i++] = e.getValue();
                        if (seen.add(terms[i - 1])) numbers.df[terms[i - 1]]++;
                    }
                    termsOf[d][f.ordinal()] = terms;
                    countsOf[d][f.ordinal()] = counts;
                }
                java.util.Set<String> writes = new java.util.HashSet<>();
                for (FieldAnalysis.Word w : a.words()) {
                    surfaces.computeIfAbsent(w.surface(), x -> new java.util.TreeSet<>()).add(w.stem());
                    if (nameTerms.contains(w.stem()) && writes.add(w.stem())) writtenDocs.computeIfAbsent(w.stem(), x -> new ArrayList<>()).add(d);
                }
                for (String pair : a.pairs()) index.pairs.add(pair, d);
                for (String key : a.names()) {
                    List<Integer> list = index.names.computeIfAbsent(key, x -> new ArrayList<>());
                    if (!list.contains(d)) list.add(d);
                }
            }
        }
        EnumMap<Field, Double> avg = new EnumMap<>(Field.class);
        for (Field f : fields) {
            double sum = 0;
            for (double l : lengths.get(f)) sum += l;
            avg.put(f, Math.max(1, sum / Math.max(1, n)));
        }
        IntPairs[] postings = new IntPairs[numbers.size()];
        for (int d = 0; d < n; d++) {
            // The fields' contributions are summed in the fields' order, as always: the same doubles.
            Map<Integer, Double> pseudoTf = new HashMap<>();
            for (Field f : fields) {
                double norm = 1 - B + B * lengths.get(f)[d] / avg.get(f);
                int[] terms = termsOf[d][f.ordinal()];
                int[] counts = countsOf[d][f.ordinal()];
                for (int i = 0; i < terms.length; i++) pseudoTf.merge(terms[i], f.boost * counts[i] / norm, Double::sum);
            }
            termsOf[d] = null;
            countsOf[d] = null;
            double prior = docs.get(d).prior();
            for (var e : pseudoTf.entrySet()) {
                int dft = numbers.df[e.getKey()];
                double idf = Math.log(1 + (n - dft + 0.5) / (dft + 0.5));
                double tf = e.getValue();
                int score = (int) Math.max(1, Math.round(prior * SCALE * idf * tf * (K1 + 1) / (K1 + tf)));
                IntPairs list = postings[e.getKey()];
                if (list == null) list = postings[e.getKey()] = new IntPairs();
                list.add(d, score);
            }
        }
        for (int t = 0; t < postings.length; t++) {
            // documents were added in order: the postings are sorted already
            if (postings[t] != null) index.terms.put(numbers.term(t), postings[t].toPostings());
        }
        writtenDocs.forEach((t, list) -> index.written.put(t, list.stream().mapToInt(Integer::intValue).toArray()));
        index.buildPrefixes(surfaces);
        surfaces.forEach((w, stems) -> index.words.put(w, stems.first()));
        return index;
    }

    /** Documents analysed at once: enough to keep every core busy, few enough to hold little memory. */
    private static final int ANALYSIS_BLOCK = 2048;

    /** Terms numbered in the order first seen, with the number of documents holding each. */
    private static final class TermNumbers {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        int[] df = new int[1024];

        int of(String term) {
            Integer number = numbers.get(term);
            if (number != null) return number;
            numbers.put(term, terms.size());
            terms.add(term);
            if (terms.size() > df.length) df = java.util.Arrays.copyOf(df, df.length * 2);
            return terms.size() - 1;
        }

        String term(int number) {
            return terms.get(number);
        }

        int size() {
            return terms.size();
        }
    }

    /** A growing list of (document, score) pairs in two int arrays. */
    private static final class IntPairs {
        private int[] docs = new int[4];
        private int[] scores = new int[4];
        private int size;

        void add(int doc, int score) {
            if (size == docs.length) {
                docs = java.util.Arrays.copyOf(docs, size * 2);
                scores = java.util.Arrays.copyOf(scores, size * 2);
            }
            docs[size] = doc;
            scores[size++] = score;
        }

        Postings toPostings() {
            return new Postings(java.util.Arrays.copyOf(docs, size), java.util.Arrays.copyOf(scores, size));
        }
    }

    private static List<String> nameList(SearchDocument doc) {
        List<String> names = new ArrayList<>();
        names.add(doc.title());
        names.addAll(doc.aliases());
        return names;
    }

    /**
     * The best postings of every prefix, built from the longest prefixes down: a prefix's top list
     * is the top of its one-letter-longer prefixes' top lists plus the words exactly one letter
     * longer than it. That is exact (a document in the parent's top list is in the top list of the
     * child giving its best score, under the same order) and touches each full posting list about
     * once instead of once per prefix length.
     */
    private void buildPrefixes(Map<String, java.util.SortedSet<String>> surfaces) {
        // Stems reached directly from a prefix: by all longer words at the longest prefix length,
        // otherwise by the words exactly one letter longer than the prefix.
        Map<String, java.util.Set<String>> direct = new HashMap<>();
        for (var e : surfaces.entrySet()) {
            String word = e.getKey();
            int longest = Math.min(MAX_PREFIX, word.length() - 1);
            if (longest < 2) continue;
            direct.computeIfAbsent(word.substring(0, longest), p -> new java.util.TreeSet<>()).addAll(e.getValue());
        }
        Map<String, List<int[]>> top = new HashMap<>();
        for (int len = MAX_PREFIX; len >= 2; len--) {
            Map<String, Map<Integer, Integer>> level = new HashMap<>();
            for (var e : direct.entrySet()) {
                if (e.getKey().length() != len) continue;
                Map<Integer, Integer> docs = level.computeIfAbsent(e.getKey(), p -> new HashMap<>());
                for (String stem : e.getValue()) {
                    Postings p = terms.get(stem);
                    if (p == null) continue;
                    for (int i = 0; i < p.size(); i++) docs.merge(p.docs()[i], p.scores()[i], Math::max);
                }
            }
            for (var e : top.entrySet()) {
                if (e.getKey().length() != len + 1) continue;
                Map<Integer, Integer> docs = level.computeIfAbsent(e.getKey().substring(0, len), p -> new HashMap<>());
                for (int[] ds : e.getValue()) docs.merge(ds[0], ds[1], Math::max);
            }
            level.forEach((prefix, docs) -> {
                List<int[]> list = new ArrayList<>();
                docs.forEach((d, sc) -> list.add(new int[] {d, sc}));
                list.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
                top.put(prefix, new ArrayList<>(list.subList(0, Math.min(MAX_PREFIX_POSTINGS, list.size()))));
            });
        }
        new TreeMap<>(top).forEach((prefix, kept) -> {
            if (!kept.isEmpty()) prefixes.put(prefix, toPostings(kept));
        });
    }

    private static Postings toPostings(List<int[]> list) {
        List<int[]> sorted = new ArrayList<>(list);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] docs = new int[sorted.size()];
        int[] scores = new int[sorted.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = sorted.get(i)[0];
            scores[i] = sorted.get(i)[1];
        }
        return new Postings(docs, scores);
    }
}
