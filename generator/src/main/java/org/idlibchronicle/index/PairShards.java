package org.idlibchronicle.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    static int count(SortedMap<String, int[]> pairs, int budget) {
        long weight = 0;
        for (Map.Entry<String, int[]> e : pairs.entrySet()) weight += e.getKey().length() + 4L + 4L * e.getValue().length;
        return (int) Math.max(1, (weight + budget - 1) / budget);
    }

    /** File number → its pairs, each as document-number gaps. */
    static List<SortedMap<String, int[]>> split(SortedMap<String, int[]> pairs, int count) {
        List<SortedMap<String, int[]>> files = new ArrayList<>();
        for (int i = 0; i < count; i++) files.add(new TreeMap<>());
        pairs.forEach((key, docs) -> files.get(shardOf(key, count)).put(key, gaps(docs)));
        return files;
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
