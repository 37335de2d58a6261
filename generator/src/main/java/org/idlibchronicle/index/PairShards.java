package org.idlibchronicle.index;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The phrase pairs ("march 2020" → documents) split into files by a hash of the pair, so that a
 * quoted phrase of n words loads at most n − 1 small files and no document text. Pairs are spread
 * by hash rather than by prefix because the pairs of a common first word ("syrian ...") would
 * otherwise fill one file. search.js computes the same hash ({@code pairShard}).
 */
final class PairShards {
    private PairShards() {}

    /** FNV-1a over the UTF-16 code units of the key, unsigned, modulo the number of files. */
    static int shardOf(String key, int count) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(h) % count);
    }

    /** How many files keep each under {@code budget} bytes or so (a posting costs about 4). */
    static int count(PhrasePairs pairs, int budget) {
        long weight = 0;
        for (int id = 0; id < pairs.size(); id++) weight += pairs.key(id).length() + 4L + 4L * pairs.documents(id);
        return (int) Math.max(1, (weight + budget - 1) / budget);
    }

    /**
     * Hands each file's pairs, key → document gaps in key order, to {@code file} with its number,
     * one file at a time: only one file's pairs are held as strings and arrays at once.
     */
    static void split(PhrasePairs pairs, int count, java.util.function.ObjIntConsumer<SortedMap<String, int[]>> file) {
        // The pairs' numbers grouped by file (a counting sort), so that each file is made alone.
        int[] fileOf = new int[pairs.size()];
        int[] starts = new int[count + 1];
        for (int id = 0; id < fileOf.length; id++) starts[(fileOf[id] = shardOf(pairs.key(id), count)) + 1]++;
        for (int i = 0; i < count; i++) starts[i + 1] += starts[i];
        int[] byFile = new int[fileOf.length];
        int[] filled = java.util.Arrays.copyOf(starts, count);
        for (int id = 0; id < fileOf.length; id++) byFile[filled[fileOf[id]]++] = id;
        for (int i = 0; i < count; i++) {
            SortedMap<String, int[]> entries = new TreeMap<>();
            for (int k = starts[i]; k < starts[i + 1]; k++) entries.put(pairs.key(byFile[k]), gaps(pairs.docs(byFile[k])));
            file.accept(entries, i);
        }
    }

    /** Ascending document numbers as gaps from the previous one: small numbers, short JSON. */
    static int[] gaps(int[] docs) {
        int[] out = new int[docs.length];
        int prev = 0;
        for (int i = 0; i < docs.length; i++) {
            out[i] = docs[i] - prev;
            prev = docs[i];
        }
        return out;
    }
}
