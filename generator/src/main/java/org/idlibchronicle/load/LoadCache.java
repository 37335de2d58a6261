package org.idlibchronicle.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the model record read from each content file, keyed by the file's modification
 * time and size, so that a rebuild during {@code mvn site-serve} parses only what changed.
 * Only files that loaded without problems are remembered.
 */
public final class LoadCache {
    private record Entry(long modified, long size, Object item) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    <T> T get(Path file, Class<T> type) {
        Entry e = entries.get(file);
        if (e == null || !type.isInstance(e.item)) return null;
        BasicFileAttributes a = attributes(file);
        if (a == null || a.lastModifiedTime().toMillis() != e.modified || a.size() != e.size) return null;
        return type.cast(e.item);
    }

    void put(Path file, Object item) {
        BasicFileAttributes a = attributes(file);
        if (a != null) entries.put(file, new Entry(a.lastModifiedTime().toMillis(), a.size(), item));
    }

    /** Forgets everything, e.g. when the schemas change. */
    public void clear() {
        entries.clear();
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
