package org.idlibchronicle.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
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
        PhrasePairs pairs = new PhrasePairs();
        pairs.add("syrian govern", 1);
        pairs.add("syrian govern", 2);
        pairs.add("march 2020", 3);
        pairs.add("syrian govern", 3);
        pairs.add("syrian govern", 4);
        pairs.add("observ post", 5);
        pairs.add("march 2020", 7);
        pairs.add("march 2020", 20);
        int count = PairShards.count(pairs, 20);
        List<SortedMap<String, int[]>> files = new ArrayList<>();
        PairShards.split(pairs, count, (file, i) -> {
            assertEquals(files.size(), i, "the files come in order");
            files.add(file);
        });
        assertEquals(count, files.size());
        assertArrayEquals(new int[] {3, 4, 13}, files.get(PairShards.shardOf("march 2020", count)).get("march 2020"));
        assertArrayEquals(new int[] {1, 1, 1, 1}, files.get(PairShards.shardOf("syrian govern", count)).get("syrian govern"));
        assertEquals(3, files.stream().mapToInt(SortedMap::size).sum());
    }

    @Test
    void pairsKeepTheirDocumentsInOrderAndKeysOfAnyScript() {
        PhrasePairs pairs = new PhrasePairs();
        for (int d = 0; d < 5000; d++) {
            pairs.add("pair " + (d % 7), d);
            if (d % 1000 == 0) pairs.add("سراقب 𝔄", d);
        }
        assertEquals(8, pairs.size());
        assertArrayEquals(new int[] {0, 1000, 2000, 3000, 4000}, pairs.docs("سراقب 𝔄"));
        int[] sixes = pairs.docs("pair 6");
        assertEquals(714, sixes.length);
        for (int i = 0; i < sixes.length; i++) assertEquals(6 + 7 * i, sixes[i]);
        assertArrayEquals(new int[0], pairs.docs("pair 8"));
    }
}
