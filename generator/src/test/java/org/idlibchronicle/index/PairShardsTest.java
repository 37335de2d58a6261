package org.idlibchronicle.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The hash that places a phrase pair in its file (search.js computes the same; SearchIT's phrase tests use both). */
class PairShardsTest {

    @Test
    void theHashIsFnv1aOfTheUtf16CodeUnits() {
        // Published FNV-1a 32-bit values: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
        assertEquals(0x811c9dc5L % 1000, PairShards.shardOf("", 1000));
        assertEquals(0xe40c292cL % 1000, PairShards.shardOf("a", 1000));
        assertEquals(0xbf9cf968L % 977, PairShards.shardOf("foobar", 977));
    }

    @Test
    void everyPairIsInTheFileItsHashNamesAsDocumentGaps() {
        SortedMap<String, int[]> pairs = new TreeMap<>();
        pairs.put("march 2020", new int[] {3, 7, 20});
        pairs.put("observ post", new int[] {5});
        pairs.put("syrian govern", new int[] {1, 2, 3, 4});
        int count = PairShards.count(pairs, 20);
        List<SortedMap<String, int[]>> files = PairShards.split(pairs, count);
        assertEquals(count, files.size());
        assertArrayEquals(new int[] {3, 4, 13}, files.get(PairShards.shardOf("march 2020", count)).get("march 2020"));
        assertEquals(3, files.stream().mapToInt(SortedMap::size).sum());
    }
}
