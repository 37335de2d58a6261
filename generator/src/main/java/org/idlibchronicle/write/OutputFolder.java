package org.idlibchronicle.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * Decides whether a folder may be the site's output. The write stage replaces the output folder
 * whole (a fresh folder swapped in, the old one deleted), so a wrong value of {@code -Dsite.out}
 * would otherwise delete what it names: the checkout ({@code .}), {@code content/}, a home folder.
 *
 * <p>The rules: the output is never the checkout or a folder that holds it; inside the checkout it
 * lives under {@code site/}, {@code target/} or a top-level folder that does not exist yet, never in
 * the sources; and a folder that exists is replaced only when it is empty or this generator wrote
 * it (it holds {@link #MARKER}, or the files of a site built before the marker existed).
 */
public final class OutputFolder {
    /** The file every build leaves in its output, so a later build knows the folder is its own. */
    public static final String MARKER = org.idlibchronicle.plan.Manifest.MARKER;

    /** Its text: says what the folder is to anyone who opens it. */
    static final String MARKER_TEXT = "This folder is written by the site generator; every build replaces it whole.\n";

    /** Top-level entries of a checkout that may hold the output. */
    private static final Set<String> OUTPUT_HOMES = Set.of("site", "target");

    private OutputFolder() {}

    /** The output folder is refused; the message says why and what to do. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message, null);
        }
    }

    /**
     * @param root the checkout (the folder with content/, templates/, ...)
     * @param site the folder the site is to be written to
     * @throws Refused when writing there could destroy anything the generator did not write
     */
    public static void check(Path root, Path site) throws IOException {
        checkPlace(root, site);
        checkReplaceable(site);
    }

    /**
     * The part of {@link #check} that needs no look inside the folder: it is not the checkout, nor holds
     * it, nor sits in its sources. Safe to ask before anything is written beside the folder.
     */
    static void checkPlace(Path root, Path site) throws IOException {
        Path r = real(root);
        Path s = real(site);
        String fix = " Choose a new folder, or one an earlier build wrote, e.g. -Dsite.out=site.";
        if (s.getParent() == null || r.startsWith(s)) {
            throw new Refused("refusing to write the site to " + site + ": it is " + (r.equals(s) ? "" : "a folder that holds ")
                    + "the checkout " + root + ", and each build replaces its output folder whole." + fix);
        }
        if (s.startsWith(r)) {
            String top = r.relativize(s).getName(0).toString();
            if (!OUTPUT_HOMES.contains(top) && Files.exists(r.resolve(top), LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("refusing to write the site to " + site + ": it is " + (s.equals(r.resolve(top)) ? "" : "inside ")
                        + "'" + top + "' of the checkout, which the build does not own, and each build replaces its"
                        + " output folder whole." + fix);
            }
        }
    }

    /**
     * @throws Refused when {@code site} is a file, or a folder with files this generator did not write
     */
    public static void checkReplaceable(Path site) throws IOException {
        Path s = real(site);
        String fix = " Choose a new folder, or one an earlier build wrote, e.g. -Dsite.out=site.";
        if (s.getParent() == null) {
            throw new Refused("refusing to write the site to " + site + ": it is the root of the file system." + fix);
        }
        if (Files.isDirectory(s) && !isEmpty(s) && !writtenByGenerator(s)) {
            throw new Refused("refusing to write the site to " + site + ": the folder is not empty and was not written"
                    + " by this generator (it has no " + MARKER + "), and each build replaces it whole." + fix);
        }
        if (Files.exists(s, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(s)) {
            throw new Refused("refusing to write the site to " + site + ": it is a file, not a folder." + fix);
        }
    }

    /** Whether the folder is a site this generator wrote: the marker, or an older build's shape. */
    static boolean writtenByGenerator(Path dir) {
        if (Files.isRegularFile(dir.resolve(MARKER))) return true;
        // Sites built before the marker existed: the home page, the search index and the assets.
        return Files.isRegularFile(dir.resolve("index.html")) && Files.isRegularFile(dir.resolve("search/boot.js"))
                && Files.isDirectory(dir.resolve("assets"));
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The path with symbolic links resolved as far as it exists, so a link cannot hide the checkout. */
    private static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }
}
