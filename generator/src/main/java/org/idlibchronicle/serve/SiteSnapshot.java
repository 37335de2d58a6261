package org.idlibchronicle.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.idlibchronicle.output.OutputFile;

/**
 * One version of the site as the dev server serves it: the bytes of every file by path, held in
 * memory and never changed once made. The pages and assets come from one build, the search index
 * and data files (feed, sitemap, exports) from one build too, possibly the one before: they
 * follow the pages a moment later, as a whole. For a moment during a rebuild, the pages open in a
 * browser come from the new build and the others still from the last one
 * ({@link #withPagesReplaced}): the edit is shown where the contributor looks before the rest of
 * the site is made, and the rest follows within the same rebuild.
 *
 * <p>Why serve from memory rather than from {@code site/}: a rebuild rewrites the changed files
 * of {@code site/} in place, and the search index is written on another thread after the pages.
 * Read from disk, a response could be a page cut off mid-write, or the index files of two builds.
 * Writing each file to a temporary name and renaming it would end torn files but not the mixing:
 * the whole set would also have to be swapped at once, i.e. a fresh copy of the site per edit
 * and a moment between two directory renames when there is no {@code site/} at all. A snapshot
 * is made whole, then published with a single reference write ({@link LiveBuild#served()}), so
 * each response comes from complete files of one build. It costs little memory: it shares the
 * byte arrays that the build's caches hold anyway.
 *
 * <p>Across requests, consistency comes from the index's names: a search page that loaded
 * {@code search/boot.js} before a follow-up asks for the shards of its own version's folder, never
 * the next build's.
 */
final class SiteSnapshot {
    static final SiteSnapshot EMPTY = new SiteSnapshot(Map.of(), Map.of());

    /** Pages and assets. */
    private final Map<String, byte[]> pages;
    /** The search index, data exports, feed and sitemap. */
    private final Map<String, byte[]> extras;

    private SiteSnapshot(Map<String, byte[]> pages, Map<String, byte[]> extras) {
        this.pages = pages;
        this.extras = extras;
    }

    /**
     * Every file found in {@code site}: the last good site of an earlier run, served until a build
     * of this session succeeds. Its files all count as pages until then.
     */
    static SiteSnapshot readFrom(Path site) throws IOException {
        if (!Files.isDirectory(site)) return EMPTY;
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            // Links are not followed: a link in an old site/ must not serve a file from outside it.
            for (Path p : walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(site.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return new SiteSnapshot(Map.copyOf(files), Map.of());
    }

    /** This snapshot with {@code files} as all of its pages and assets. */
    SiteSnapshot withPages(Collection<OutputFile> files) {
        return new SiteSnapshot(byPath(files), extras);
    }

    /** This snapshot with {@code files} in place of its pages at their paths, its other pages kept. */
    SiteSnapshot withPagesReplaced(Collection<OutputFile> files) {
        Map<String, byte[]> out = new HashMap<>(pages);
        for (OutputFile f : files) out.put(f.path(), f.bytes());
        return new SiteSnapshot(Map.copyOf(out), extras);
    }

    /** This snapshot with {@code files} as all of its search index and data files. */
    SiteSnapshot withExtras(Collection<OutputFile> files) {
        return new SiteSnapshot(pages, byPath(files));
    }

    /** The paths of its pages and assets, sorted. */
    List<String> pagePaths() {
        return pages.keySet().stream().sorted().toList();
    }

    /** The bytes of the file at {@code path} (relative, {@code /}-separated), or null if there is none. */
    byte[] file(String path) {
        byte[] page = pages.get(path);
        return page != null ? page : extras.get(path);
    }

    private static Map<String, byte[]> byPath(Collection<OutputFile> files) {
        Map<String, byte[]> out = new HashMap<>();
        for (OutputFile f : files) out.put(f.path(), f.bytes());
        return Map.copyOf(out);
    }
}
