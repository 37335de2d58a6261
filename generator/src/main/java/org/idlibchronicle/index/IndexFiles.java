package org.idlibchronicle.index;

import org.idlibchronicle.plan.SearchDocument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.idlibchronicle.output.OutputFile;

/**
 * Writes the index as static script files that the browser loads lazily with {@code <script>}
 * tags (which, unlike fetch, also work from file://). Each file calls
 * {@code __siteSearch(name, data)}:
 * <ul>
 *   <li>{@code search/boot.js}: the browser's query analyzer ({@link AnalyzerScript}), then shard
 *       names, the document-number range of each type and year, the stop words, and the VERSION
 *       that names the folder of all the other files ({@link #outputs}): one file, so a first query
 *       loads one file before its shards;</li>
 *   <li>{@code search/VERSION/t/N.js}: a prefix shard: term postings ({@code t}), prefix postings
 *       ({@code p}), exact names ({@code n}), the result cards ({@code c}) of the
 *       {@value #CARDS_PER_LIST} best documents of each of them (a full first page), so that a
 *       one-word query needs no other file, and the other names' terms of a name's terms
 *       ({@code s}), to mark the spelling a page uses, and for a term of a name, the documents that
 *       write it ({@code w}, when not all of its postings do; {@link #writtenEntry}), to search the
 *       exact spelling;</li>
 *   <li>{@code search/VERSION/c/N.js}: the result cards of {@value #CARD_GROUP} documents, for results not
 *       carried by a loaded shard. Small on purpose: the results of several words are spread over
 *       the whole index, so each costs one file, and a card without the page's text is a few
 *       hundred bytes;</li>
 *   <li>{@code search/VERSION/d/N.js}: the text of {@value #CHUNK} documents, for the
 *       passage where a result matched (the search page only, after its results are shown);</li>
 *   <li>{@code search/VERSION/b/N.js}: phrase pairs (two terms that follow each other → documents), spread
 *       over the files by a hash of the pair ({@link PairShards});</li>
 *   <li>{@code search/VERSION/v/L.js}: every word as written, with its term, whose length a typo of L letters
 *       may reach ({@link #vocabularyFiles}), for typo correction;</li>
 *   <li>{@code search/VERSION/f/KEY.js}: the items of one filter (place, actor, agreement) with their events
 *       ({@link SearchFacets}), and {@code search/VERSION/dates.js}: every document's date as a number
 *       (YYYYMMDD, 0 when undated), for sorting by date and date ranges; both for the search page only;</li>
 *   <li>{@code search/VERSION/fold.js}: Lucene's ASCII folding table, loaded only for non-ASCII queries.</li>
 * </ul>
 */
final class IndexFiles {
    static final int CHUNK = 24;
    static final int CARDS_PER_LIST = 10;
    static final int CARD_GROUP = 8;
    static final int SHARD_BUDGET = 20_000;
    /**
     * The size of a phrase-pair file. Smaller than a shard: a phrase of n words loads n − 1 of them
     * beside its n shards, and a pair file is only doc-number gaps, which compress less.
     */
    static final int PAIR_BUDGET = 8_000;
    static final int EXCERPT = 220;
    /** A document's date as digits: yyyyMM or yyyyMMdd (compiled once, not for each document). */
    private static final java.util.regex.Pattern YEAR_MONTH_OR_DAY = java.util.regex.Pattern.compile("\\d{6}|\\d{8}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final List<SearchDocument> docs;
    private final InvertedIndex index;
    /**
     * The files other than boot.js, by name ({@code t/3}), in the order they are made, as the UTF-8
     * bytes they are written as: held as strings, and then as bytes beside them while being written,
     * the index of 100,000 events took twice its size in heap.
     */
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    /** boot.js's data and the script it starts with, written last: it names the version of the others. */
    private Map<String, Object> bootData;
    private String bootPrelude;

    /** Term → the terms of the item's other names ({@link SpellingVariants}), carried by the term's shard. */
    private final SortedMap<String, List<String>> variants;

    /** The analyzer script that {@code boot.js} starts with. */
    private final String analyzerScript;

    private IndexFiles(List<SearchDocument> docs, InvertedIndex index, SortedMap<String, List<String>> variants,
                       String analyzerScript) {
        this.docs = docs;
        this.index = index;
        this.variants = variants;
        this.analyzerScript = analyzerScript;
    }

    static List<OutputFile> write(List<SearchDocument> docs, InvertedIndex index, Map<String, List<List<Object>>> facets,
                                  SortedMap<String, List<String>> variants, String analyzerScript) {
        return write(docs, index, facets, variants, List.of(), analyzerScript);
    }

    /** {@code synonyms}: the query synonyms as index terms ({@link QuerySynonyms#inIndex}), carried by boot.js. */
    static List<OutputFile> write(List<SearchDocument> docs, InvertedIndex index, Map<String, List<List<Object>>> facets,
                                  SortedMap<String, List<String>> variants, List<List<String>> synonyms, String analyzerScript) {
        IndexFiles files = new IndexFiles(docs, index, variants, analyzerScript);
        facets.forEach((key, values) -> files.emit("f/" + key, values));
        files.dates();
        List<String> shardNames = files.shards();
        int pairFiles = files.pairs();
        SortedMap<Integer, String> vocabulary = files.vocabularyFiles();
        files.boot(shardNames, pairFiles, vocabulary.keySet(), synonyms);
        files.cardGroups();
        files.chunks();
        vocabulary.forEach((center, words) -> files.emit("v/" + center, words));
        files.folding();
        return files.outputs();
    }

    /**
     * The files as published: every file but boot.js in a folder named by the hash of all of them
     * ({@code search/3f9a0c1b2d/t/0.js}), and boot.js, which names that folder, at its fixed address.
     * Document numbers shift between builds, so a browser still holding one deploy's boot.js must
     * never combine it with the next deploy's shards: with the version in their address, it finds
     * its own or none, and never another's. (One version for the whole index, not a hash per file:
     * boot.js would have to list every file's hash, about 20 bytes for each of hundreds of files, in
     * the one file every search loads first.)
     */
    private List<OutputFile> outputs() {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        files.forEach((name, js) -> {
            sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(js);
            sha.update((byte) 0);
        });
        String version = java.util.HexFormat.of().formatHex(sha.digest(), 0, 5);
        List<OutputFile> out = new ArrayList<>();
        String folder = org.idlibchronicle.plan.Manifest.SEARCH + version + "/";
        files.forEach((name, js) -> out.add(new OutputFile(folder + name + ".js", "search", js)));
        bootData.put("version", version);
        out.add(OutputFile.text(org.idlibchronicle.plan.Manifest.SEARCH + "boot.js", "search", script("boot", bootData, bootPrelude)));
        return out;
    }

    private List<String> shards() {
        // Where each entry goes: terms and prefixes by themselves, names with their first term.
        SortedMap<String, Integer> weights = new TreeMap<>();
        index.terms.forEach((t, p) -> weights.merge(t, weight(t, p), Integer::sum));
        index.prefixes.forEach((t, p) -> weights.merge(t, weight(t, p), Integer::sum));
        index.names.forEach((k, d) -> weights.merge(firstTerm(k), k.length() + 8 * d.size()
                + (cardsInline(k) ? d.stream().mapToInt(this::cardWeight).sum() : 0), Integer::sum));
        variants.forEach((t, v) -> weights.merge(t, t.length() + 4 + String.join("", v).length() + 3 * v.size(), Integer::sum));
        index.written.forEach((t, d) -> {
            int[] w = writtenEntry(t, d);
            if (w != null) weights.merge(t, 4 * w.length, Integer::sum);
        });
        SortedMap<String, List<String>> plan = ShardPlan.plan(weights, SHARD_BUDGET);
        List<String> names = new ArrayList<>(plan.keySet());
        Set<String> nameSet = plan.keySet();
        Map<String, Shard> shards = new TreeMap<>();
        names.forEach(n -> shards.put(n, new Shard()));
        index.terms.forEach((t, p) -> shards.get(ShardPlan.shardOf(t, nameSet)).add("t", t, p, this));
        index.prefixes.forEach((t, p) -> shards.get(ShardPlan.shardOf(t, nameSet)).add("p", t, p, this));
        index.names.forEach((k, d) -> {
            Shard s = shards.get(ShardPlan.shardOf(firstTerm(k), nameSet));
            s.names.put(k, d);
            if (cardsInline(k)) d.forEach(doc -> s.cards.put(doc, card(doc)));
        });
        variants.forEach((t, v) -> shards.get(ShardPlan.shardOf(t, nameSet)).variants.put(t, v));
        index.written.forEach((t, docsWriting) -> {
            int[] w = writtenEntry(t, docsWriting);
            if (w != null) shards.get(ShardPlan.shardOf(t, nameSet)).written.put(t, w);
        });
        for (int i = 0; i < names.size(); i++) {
            Shard s = shards.get(names.get(i));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("t", s.terms);
            data.put("p", s.prefixes);
            data.put("n", s.names);
            data.put("c", s.cards);
            data.put("s", s.variants);
            data.put("w", s.written);
            emit("t/" + i, data);
        }
        return names;
    }

    /**
     * Which of a name term's documents write it, as the shorter list: [1, doc gaps...] the documents
     * that write it, or [0, doc gaps...] those found only through another name; null when all do.
     */
    private int[] writtenEntry(String term, int[] docsWriting) {
        InvertedIndex.Postings p = index.terms.get(term);
        if (p == null || p.size() == docsWriting.length) return null;
        int[] listed = docsWriting;
        int flag = 1;
        if (docsWriting.length > p.size() / 2) {
            java.util.Set<Integer> writes = new java.util.HashSet<>();
            for (int d : docsWriting) writes.add(d);
            listed = java.util.Arrays.stream(p.docs()).filter(d -> !writes.contains(d)).toArray();
            flag = 0;
        }
        int[] gaps = PairShards.gaps(listed), out = new int[gaps.length + 1];
        out[0] = flag;
        System.arraycopy(gaps, 0, out, 1, gaps.length);
        return out;
    }

    private static String firstTerm(String nameKey) {
        int space = nameKey.indexOf(' ');
        return space < 0 ? nameKey : nameKey.substring(0, space);
    }

    /**
     * Whether a name's cards travel with its shard: only for names a query of up to three words can
     * be (places, actors, short titles). Most names are event titles: carrying their cards made the
     * shard of a common first word ("turkish", "government") several times bigger, for a query that
     * is a whole title, which still finds the name here and loads its card from {@code c/}.
     */
    private static boolean cardsInline(String nameKey) {
        return nameKey.chars().filter(c -> c == ' ').count() < 3;
    }

    private int cardWeight(int d) {
        return (40 + docs.get(d).title().length() + Math.min(EXCERPT, docs.get(d).excerpt().length())) / 2;
    }

    private int weight(String key, InvertedIndex.Postings p) {
        int cards = 0;
        for (int d : best(p)) cards += cardWeight(d);
        return key.length() + 8 + p.size() * 6 + cards;
    }

    /** The documents with the highest scores in a posting list, best first. */
    static List<Integer> best(InvertedIndex.Postings p) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) order.add(i);
        order.sort((a, b) -> p.scores()[a] != p.scores()[b] ? Integer.compare(p.scores()[b], p.scores()[a])
                : Integer.compare(p.docs()[a], p.docs()[b]));
        return order.subList(0, Math.min(CARDS_PER_LIST, order.size())).stream().map(i -> p.docs()[i]).toList();
    }

    /** What a result shows: title, page, date (in words, as pages write it), excerpt. */
    List<Object> card(int d) {
        SearchDocument doc = docs.get(d);
        String excerpt = doc.excerpt().length() > EXCERPT ? doc.excerpt().substring(0, EXCERPT) + "…" : doc.excerpt();
        return List.of(doc.title(), doc.url(), org.idlibchronicle.text.Dates.partial(doc.date()), excerpt);
    }

    private static final class Shard {
        final SortedMap<String, int[]> terms = new TreeMap<>();
        final SortedMap<String, int[]> prefixes = new TreeMap<>();
        final SortedMap<String, List<Integer>> names = new TreeMap<>();
        final SortedMap<Integer, List<Object>> cards = new TreeMap<>();
        final SortedMap<String, List<String>> variants = new TreeMap<>();
        final SortedMap<String, int[]> written = new TreeMap<>();

        void add(String kind, String key, InvertedIndex.Postings p, IndexFiles files) {
            (kind.equals("t") ? terms : prefixes).put(key, deltas(p));
            for (int d : best(p)) cards.put(d, files.card(d));
        }
    }

    /** Postings as [doc, score, doc gap, score, ...]: small numbers, short JSON. */
    static int[] deltas(InvertedIndex.Postings p) {
        int[] out = new int[p.size() * 2];
        int prev = 0;
        for (int i = 0; i < p.size(); i++) {
            out[2 * i] = p.docs()[i] - prev;
            out[2 * i + 1] = p.scores()[i];
            prev = p.docs()[i];
        }
        return out;
    }

    /** Each document's date as YYYYMMDD (a month alone as YYYYMM00), 0 when it has none. */
    private void dates() {
        int[] dates = new int[docs.size()];
        for (int d = 0; d < docs.size(); d++) {
            String digits = docs.get(d).date().length() >= 7 ? docs.get(d).date().substring(0, Math.min(10, docs.get(d).date().length())).replace("-", "") : "";
            dates[d] = YEAR_MONTH_OR_DAY.matcher(digits).matches() ? Integer.parseInt(digits.length() == 6 ? digits + "00" : digits) : 0;
        }
        emit("dates", dates);
    }

    private int pairs() {
        int count = PairShards.count(index.pairs, PAIR_BUDGET);
        PairShards.split(index.pairs, count, (pairs, i) -> emit("b/" + i, pairs));
        return count;
    }

    private void boot(List<String> shardNames, int pairFiles, Set<Integer> vocabularyFiles, List<List<String>> synonyms) {
        List<List<Object>> ranges = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            SearchDocument doc = docs.get(d);
            List<Object> last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last.get(0).equals(doc.type()) && last.get(1).equals(doc.year())) {
                last.set(3, d + 1);
            } else {
                ranges.add(new ArrayList<>(List.of(doc.type(), doc.year(), d, d + 1)));
            }
        }
        Map<String, Object> boot = new LinkedHashMap<>();
        boot.put("docs", docs.size());
        boot.put("chunk", CHUNK);
        boot.put("cardGroup", CARD_GROUP);
        boot.put("maxPrefix", InvertedIndex.MAX_PREFIX);
        boot.put("shards", ShardPlan.frontCoded(shardNames));
        boot.put("pairFiles", pairFiles);
        boot.put("ranges", ranges);
        boot.put("vocabulary", vocabularyFiles);
        // Result labels by type, from the kind registry, so the browser keeps no list of its own.
        Map<String, String> labels = new LinkedHashMap<>();
        org.idlibchronicle.kind.ContentKind.searchTypes().forEach(t -> labels.put(t.key(), t.label()));
        boot.put("labels", labels);
        boot.put("facets", SearchFacets.labels());
        boot.put("stop", SearchAnalyzer.stopWords());
        boot.put("fold", bootFolding());
        if (!synonyms.isEmpty()) boot.put("synonyms", synonyms);
        bootData = boot;
        bootPrelude = analyzerScript.endsWith("\n") ? analyzerScript : analyzerScript + "\n";
    }

    private void cardGroups() {
        for (int start = 0; start < docs.size(); start += CARD_GROUP) {
            List<Object> group = new ArrayList<>();
            for (int d = start; d < Math.min(docs.size(), start + CARD_GROUP); d++) group.add(card(d));
            emit("c/" + start / CARD_GROUP, group);
        }
    }

    /** Each document's text: what the passage is chosen from, besides the card's excerpt. */
    private void chunks() {
        for (int start = 0; start < docs.size(); start += CHUNK) {
            List<String> chunk = new ArrayList<>();
            for (int d = start; d < Math.min(docs.size(), start + CHUNK); d++) chunk.add(docs.get(d).body());
            emit("d/" + start / CHUNK, chunk);
        }
    }

    /** Words by length as "word" or "word>stem" when the stem differs, plus stems never written as such. */
    /** The edits a typo of this length may have: one from 4 letters, two from 8 (search.js's {@code allowedEdits}). */
    static int allowedEdits(int length) {
        return length >= 8 ? 2 : length >= 4 ? 1 : 0;
    }

    /**
     * The typo files, by length: {@code v/L} holds every word whose length is within the edits a
     * word of L letters may have ({@link #allowedEdits}), so that a typo of L letters loads the
     * one file {@code v/L} (two when the word as typed and as analysed differ in length). A word
     * is in up to five files, which costs only disk; one file per length made a typo load three
     * to five of them.
     */
    private SortedMap<Integer, String> vocabularyFiles() {
        SortedMap<Integer, TreeSet<String>> byLength = new TreeMap<>();
        index.words.forEach((w, stem) -> {
            if (w.length() >= 4 && index.terms.containsKey(stem)) {
                byLength.computeIfAbsent(w.length(), l -> new TreeSet<>()).add(w.equals(stem) ? w : w + ">" + stem);
            }
        });
        index.terms.keySet().forEach(t -> {
            if (t.length() >= 4 && !index.words.containsKey(t)) byLength.computeIfAbsent(t.length(), l -> new TreeSet<>()).add(t);
        });
        SortedMap<Integer, String> files = new TreeMap<>();
        if (byLength.isEmpty()) return files;
        for (int center = 4; center <= byLength.lastKey() + allowedEdits(byLength.lastKey()); center++) {
            int edits = allowedEdits(center);
            List<String> words = new ArrayList<>();
            for (int len = center - edits; len <= center + edits; len++) words.addAll(byLength.getOrDefault(len, new TreeSet<>()));
            if (!words.isEmpty()) files.put(center, String.join(" ", words));
        }
        return files;
    }

    /** Lucene's ASCII folding of every character it changes, so the browser folds exactly as the index did. */
    private void folding() {
        emit("fold", fold(c -> true));
    }

    /** The folding the boot file carries: the Latin letters and every character of the corpus. */
    private SortedMap<String, String> bootFolding() {
        java.util.BitSet used = new java.util.BitSet(0x10000);
        for (SearchDocument d : docs) {
            for (SearchDocument.Field f : SearchDocument.Field.values()) d.text(f).chars().forEach(used::set);
        }
        return fold(c -> c <= 0x24F || (c >= 0x1E00 && c <= 0x1EFF) || used.get(c));
    }

    private static SortedMap<String, String> fold(java.util.function.IntPredicate include) {
        SortedMap<String, String> fold = new TreeMap<>();
        char[] in = new char[1];
        char[] outBuf = new char[8];
        for (int c = 0x80; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c) || !include.test(c)) continue;
            in[0] = (char) c;
            int len = ASCIIFoldingFilter.foldToASCII(in, 0, outBuf, 0, 1);
            String folded = new String(outBuf, 0, len);
            if (!folded.equals(String.valueOf((char) c))) fold.put(String.valueOf((char) c), folded);
        }
        return fold;
    }

    private void emit(String name, Object data) {
        emit(name, data, "");
    }

    /** The file {@code NAME.js} of the index: {@code prelude} (a script to run first), then the data. */
    private void emit(String name, Object data, String prelude) {
        files.put(name, script(name, data, prelude).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String script(String name, Object data, String prelude) {
        try {
            return prelude + "__siteSearch(" + JSON.writeValueAsString(name) + "," + JSON.writeValueAsString(data) + ");\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
