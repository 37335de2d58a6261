package org.idlibchronicle.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the model record read from each content file, keyed by the file's modification
 * time, size and identity, so that a rebuild during {@code mvn site-serve} parses only what
 * changed. Only files that loaded without problems are remembered.
 *
 * <p>A record is stored under the stamp the file had <em>before</em> it was read: {@link #get}
 * takes that stamp when it misses, and {@link #put} uses it. An edit saved while the file is
 * being read therefore leaves a stamp that no longer matches, and the file is read again next
 * time. (Stamping after the read would pair the new stamp with the old text and hide the edit
 * until the next one.) The one edit this cannot see is one that keeps the size and lands within
 * the file system's timestamp resolution of the stamp; {@link FileTime} is compared at full
 * precision to keep that window as small as the file system allows.
 */
public final class LoadCache {
    private record Stamp(FileTime modified, long size, Object fileKey) {}

    private record Entry(Stamp stamp, Object item) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    /** The stamp each file had when {@link #get} last missed it, i.e. before the caller read it. */
    private final Map<Path, Stamp> readStamps = new ConcurrentHashMap<>();

    /**
     * The record read from {@code file} if the file has not changed since, or null; on null the
     * caller reads the file and hands the record to {@link #put}.
     */
    <T> T get(Path file, Class<T> type) {
        Stamp now = stamp(file);
        Entry e = entries.get(file);
        if (e != null && type.isInstance(e.item) && e.stamp.equals(now)) return type.cast(e.item);
        if (now != null) readStamps.put(file, now);
        return null;
    }

    /**
     * The record read from {@code file}, without looking at the file, when {@link #listing} has just
     * vouched for its folder and the watcher did not report the file; else as {@link #get}.
     */
    <T> T getListed(Path file, Class<T> type) {
        Set<Path> changed = changedSinceLastLoad;
        Entry e = entries.get(file);
        if (changed != null && !changed.contains(file) && e != null && type.isInstance(e.item)) return type.cast(e.item);
        return get(file, type);
    }

    /**
     * The files of a kind's folder {@code dir} as the last load listed them, when what changed since
     * then is known ({@link #changedSinceLastLoad(Set)}) and leaves that list as it was: every path
     * reported under {@code dir} is a file of the list, still there. Null otherwise: the folder is
     * walked again. Listing every content file and looking at each took most of an edit's load stage
     * (at 10,000 events, a tenth of a second), while the watcher knows which files changed.
     */
    List<Path> listing(Path dir) {
        Set<Path> changed = changedSinceLastLoad;
        List<Path> list = listings.get(dir);
        if (changed == null || list == null) return null;
        for (Path p : changed) {
            if (!p.isAbsolute() || dir.startsWith(p)) return null;
            if (p.startsWith(dir) && !(java.util.Collections.binarySearch(list, p) >= 0 && Files.isRegularFile(p,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
                return null;
            }
        }
        return list;
    }

    /**
     * Remembers the files of a kind's folder, sorted, from a walk that found no problem and no
     * symbolic link (the watcher does not report a change made through a link).
     */
    void listed(Path dir, List<Path> files) {
        listings.put(dir, List.copyOf(files));
    }

    /** Forgets the list of a kind's folder: its walk found a problem or a link. */
    void notListed(Path dir) {
        listings.remove(dir);
    }

    /**
     * Tells the cache what changed under the record's folders since the last load, as the dev
     * server's watcher reported it (absolute paths): the next load may then trust that nothing
     * else did ({@link #listing}, {@link #getListed}). It is forgotten when that load ends.
     */
    public void changedSinceLastLoad(Set<Path> changed) {
        changedSinceLastLoad = Set.copyOf(changed);
    }

    /** Called when a load ends: the next one looks at every file unless told again what changed. */
    void loadEnded() {
        changedSinceLastLoad = null;
    }

    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
    private volatile Set<Path> changedSinceLastLoad;

    /** Remembers {@code item}, read from {@code file} after a {@link #get} that returned null. */
    void put(Path file, Object item) {
        Stamp before = readStamps.remove(file);
        if (before != null) entries.put(file, new Entry(before, item));
    }

    /** The documents' texts as the last build indexed them, with the quotes found in them. */
    private org.idlibchronicle.quote.Library library;

    /**
     * The library of {@code content}: the documents' texts, each kept from the last build when its
     * document's record is the one this cache handed back then ({@link org.idlibchronicle.quote.Library#reusing}).
     */
    public synchronized org.idlibchronicle.quote.Library library(org.idlibchronicle.kind.Content content) {
        library = org.idlibchronicle.quote.Library.reusing(content, library);
        return library;
    }

    /** Forgets everything, e.g. when the schemas change. */
    public synchronized void clear() {
        entries.clear();
        readStamps.clear();
        listings.clear();
        changedSinceLastLoad = null;
        library = null;
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime(), a.size(), Objects.requireNonNullElse(a.fileKey(), ""));
        } catch (IOException e) {
            return null;
        }
    }
}
