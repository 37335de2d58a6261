package org.idlibchronicle.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits the key space into prefix shards no bigger than a byte budget: a shard whose entries
 * weigh more than the budget is split by the next letter, its children taking the longer keys.
 * An entry lives in the shard with the longest name that is a prefix of its key; the browser finds
 * it by the same rule from the shard names alone.
 */
final class ShardPlan {
    static final int MAX_KEY = InvertedIndex.MAX_PREFIX;

    private ShardPlan() {}

    /** @return shard name → the keys it holds, sorted by name */
    static SortedMap<String, List<String>> plan(SortedMap<String, Integer> weights, int budget) {
        SortedMap<String, List<String>> shards = new TreeMap<>();
        Map<String, SortedMap<String, Integer>> byFirst = new TreeMap<>();
        weights.forEach((k, w) -> byFirst.computeIfAbsent(k.substring(0, 1), c -> new TreeMap<>()).put(k, w));
        byFirst.forEach((prefix, entries) -> split(prefix, entries, budget, shards));
        return shards;
    }

    private static void split(String prefix, SortedMap<String, Integer> entries, int budget,
                              SortedMap<String, List<String>> out) {
        int total = entries.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= budget || prefix.length() >= MAX_KEY) {
            out.put(prefix, new ArrayList<>(entries.keySet()));
            return;
        }
        List<String> own = new ArrayList<>();
        Map<String, SortedMap<String, Integer>> children = new TreeMap<>();
        entries.forEach((k, w) -> {
            if (k.length() <= prefix.length()) own.add(k);
            else children.computeIfAbsent(k.substring(0, prefix.length() + 1), c -> new TreeMap<>()).put(k, w);
        });
        out.put(prefix, own);
        children.forEach((child, sub) -> split(child, sub, budget, out));
    }

    /** The shard holding {@code key}: the longest shard name that is a prefix of it. */
    static String shardOf(String key, java.util.Set<String> shardNames) {
        for (int len = Math.min(MAX_KEY, key.length()); len >= 1; len--) {
            String p = key.substring(0, len);
            if (shardNames.contains(p)) return p;
        }
        throw new IllegalStateException("no shard for " + key);
    }
}
