package org.idlibchronicle.concurrent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of a pure function for the arguments it was last called with, the least recently used
 * dropped beyond a limit: for the dev server, whose rebuild after an edit makes the same pictures and
 * marked texts again for most of the pages it remakes. Keys are compared with {@code equals}, so they
 * must be values (records of records, strings, lists); a result must depend on its key alone.
 */
public final class RecentResults<K, V> {
    private final Map<K, V> results;

    /** @param limit how many results are kept */
    public RecentResults(int limit) {
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > limit;
            }
        };
    }

    /** The result for {@code key}: remembered, or made by {@code make} (outside the lock) and remembered. */
    public V get(K key, Function<K, V> make) {
        synchronized (results) {
            V known = results.get(key);
            if (known != null) return known;
        }
        V made = make.apply(key);
        synchronized (results) {
            results.put(key, made);
        }
        return made;
    }
}
