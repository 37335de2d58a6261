package org.idlibchronicle.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The front-coded shard names of boot.js (search.js decodes them the same way; SearchIT searches through them). */
class ShardNamesTest {

    @Test
    void eachNameIsTheCharactersItSharesWithTheNameBeforeAndTheRest() {
        Map<String, String> coded = ShardPlan.frontCoded(List.of("2", "20", "2019", "202", "a", "al", "ala", "b"));
        assertEquals("01220120", coded.get("shared"));
        assertEquals("2 0 19 2 a l a b", coded.get("ends"));
        assertEquals(Map.of("shared", "", "ends", ""), ShardPlan.frontCoded(List.of()));
    }

    @Test
    void decodingGivesTheNamesBackForGeneratedPrefixSets() {
        Random random = new Random(20261129L);
        for (int round = 0; round < 200; round++) {
            TreeSet<String> names = new TreeSet<>();
            int n = 1 + random.nextInt(60);
            while (names.size() < n) {
                StringBuilder b = new StringBuilder();
                for (int len = 1 + random.nextInt(InvertedIndex.MAX_PREFIX); b.length() < len; ) b.append("ab1ğ".charAt(random.nextInt(4)));
                names.add(b.toString());
            }
            List<String> sorted = new ArrayList<>(names);
            assertEquals(sorted, decode(ShardPlan.frontCoded(sorted)), "seed round " + round);
        }
    }

    /** search.js's shardNames, line for line. */
    private static List<String> decode(Map<String, String> coded) {
        List<String> names = new ArrayList<>();
        String name = "";
        String[] ends = coded.get("ends").isEmpty() ? new String[0] : coded.get("ends").split(" ", -1);
        for (int i = 0; i < ends.length; i++) {
            name = name.substring(0, Character.digit(coded.get("shared").charAt(i), 36)) + ends[i];
            names.add(name);
        }
        return names;
    }
}
