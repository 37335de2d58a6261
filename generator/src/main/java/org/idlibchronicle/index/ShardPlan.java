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

    /**
     * The shard names for {@code boot.js}, front-coded: {@code shared} has one base-36 digit per
     * name, how many leading characters it shares with the name before it, and {@code ends} the
     * rest of each name, separated by spaces (shard names are prefixes of terms, which have none).
     * Sorted prefixes share most of their length: at 10,000 documents the 2,398 names take 2.6 KB
     * gzipped so, against 5.0 KB as a JSON array, and every first query loads them. search.js
     * decodes them ({@code shardNames}).
     */
    static java.util.Map<String, String> frontCoded(List<String> sortedNames) {
        StringBuilder shared = new StringBuilder(), ends = new StringBuilder();
        String previous = "";
        for (String name : sortedNames) {
            int k = 0;
            while (k < Math.min(name.length(), previous.length()) && name.charAt(k) == previous.charAt(k)) k++;
            if (k >= 36) throw new IllegalStateException("shard names longer than 36 characters: " + name);
            shared.append(Character.forDigit(k, 36));
            if (ends.length() > 0) ends.append(' ');
            ends.append(name, k, name.length());
            previous = name;
        }
        java.util.Map<String, String> coded = new java.util.LinkedHashMap<>();
        coded.put("shared", shared.toString());
        coded.put("ends", ends.toString());
        return coded;
    }
}
