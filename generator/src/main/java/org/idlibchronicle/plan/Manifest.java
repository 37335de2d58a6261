package org.idlibchronicle.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;

/**
 * Every file the site will have, planned before any is made: each page, redirect, page's social
 * card, export, the marker, and the folders whose files a stage names as it makes them (the search index, the
 * assets). Paths are given once, here, and the stages write to them; the collision check runs over
 * all of them ({@link #reportCollisions}), and the build checks that what it wrote is exactly what
 * was planned ({@link #checkWrittenAsPlanned}).
 *
 * @param outputs in plan order: pages first, then the other files, then the folders
 */
public record Manifest(List<Output> outputs) {

    /**
     * One planned output.
     *
     * @param path    under the site's root; a folder's ends with {@code /}
     * @param format  what it is, and so which stage makes it
     * @param origin  the content line that makes it, for a page of an item or a redirect
     * @param describe how a problem names it
     */
    public record Output(String path, OutputFormat format, Optional<SourcePosition> origin, String describe) {
        public boolean folder() {
            return path.endsWith("/");
        }
    }

    /** The directory of the site's data exports. */
    public static final String DATA = "data/";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** The folders whose files their stage names: the search index's, the assets'. */
    public static final String SEARCH = "search/";
    public static final String ASSETS = "assets/";
    /** Written by every build into its output, so that a later build knows the folder as its own. */
    public static final String MARKER = ".site-generator";

    /**
     * The manifest of a site with these pages; {@code sitemap} when the site has an address to list;
     * {@code dataFiles} the data files the kinds declare, by name under {@link #DATA}.
     */
    static Manifest of(List<PlannedPage> pages, boolean sitemap, List<String> dataFiles) {
        List<Output> out = new ArrayList<>();
        for (PlannedPage p : pages) {
            out.add(new Output(p.path().value(), p.kind().equals(Planner.REDIRECT) ? OutputFormat.REDIRECT : OutputFormat.PAGE,
                    p.origin(), p.describe()));
        }
        for (PlannedPage p : pages) {
            p.card().ifPresent(c -> out.add(new Output(c.path(), OutputFormat.CARD, p.origin(),
                    "the social card of " + p.describe().replaceFirst("^the ", ""))));
        }
        out.add(other(FEED, OutputFormat.FEED));
        out.add(other(ROBOTS, OutputFormat.SITEMAP));
        if (sitemap) out.add(other(SITEMAP, OutputFormat.SITEMAP));
        for (String data : dataFiles) out.add(other(DATA + data, OutputFormat.DATA));
        out.add(other(MARKER, OutputFormat.MARKER));
        out.add(other(SEARCH, OutputFormat.SEARCH));
        out.add(other(ASSETS, OutputFormat.ASSET));
        return new Manifest(List.copyOf(out));
    }

    private static Output other(String path, OutputFormat format) {
        return new Output(path, format, Optional.empty(), "the " + format.noun() + " " + path);
    }

    /** The outputs of {@code format}, in plan order. */
    public List<Output> of(OutputFormat format) {
        return outputs.stream().filter(o -> o.format() == format).toList();
    }

    /**
     * Two outputs at one path, or a file inside a folder another stage fills: the one written last
     * would replace the other, or a stage would write among another's files. Reported at the content
     * line that makes the output when there is one; between the generator's own outputs it is a bug.
     * (Two pages at one path are {@link PathCollisions}' to report, with their own advice.)
     */
    void reportCollisions(Problems problems) {
        Map<String, List<Output>> byPath = new LinkedHashMap<>();
        for (Output o : outputs) byPath.computeIfAbsent(o.path(), k -> new ArrayList<>()).add(o);
        List<Output> folders = outputs.stream().filter(Output::folder).toList();
        for (Output o : outputs) {
            List<Output> clashes = new ArrayList<>();
            for (Output same : byPath.get(o.path())) {
                if (same != o && !(pageLike(o) && pageLike(same))) clashes.add(same);
            }
            for (Output f : folders) {
                if (f != o && o.path().startsWith(f.path())) clashes.add(f);
            }
            if (clashes.isEmpty()) continue;
            String others = String.join(" and ", clashes.stream().map(Output::describe).toList());
            if (o.origin().isEmpty()) {
                if (clashes.stream().allMatch(c -> c.origin().isEmpty())) {
                    throw new IllegalStateException("the plan has " + o.describe() + " where it also has " + others);
                }
                continue; // reported at the clash's own line
            }
            boolean redirect = o.format() == OutputFormat.REDIRECT;
            problems.error(o.origin().get(), (redirect ? "the redirect from this former id" : "this file's page")
                    + " would be written to " + o.path() + ", where the site has " + others + ": "
                    + (redirect ? "remove this former id (that address is taken)" : "rename the file"));
        }
    }

    /** Two of these at one path are two pages at one path, which {@link PathCollisions} reports (a card's path is its page's). */
    private static boolean pageLike(Output o) {
        return o.format() == OutputFormat.PAGE || o.format() == OutputFormat.REDIRECT || o.format() == OutputFormat.CARD;
    }

    /** The paths of {@code written} that the manifest does not plan, sorted. */
    public Set<String> unplanned(Collection<String> written) {
        Set<String> files = new java.util.HashSet<>();
        // The folders apart: a site has a handful, and each file outside the plan's files (the
        // search index's, tens of thousands at 100,000 events) is checked against them alone, not
        // against every planned output.
        List<String> folders = new ArrayList<>();
        for (Output o : outputs) {
            if (o.folder()) folders.add(o.path());
            else files.add(o.path());
        }
        Set<String> out = new TreeSet<>();
        for (String w : written) {
            if (files.contains(w)) continue;
            boolean inFolder = folders.stream().anyMatch(w::startsWith);
            if (!inFolder) out.add(w);
        }
        return out;
    }

    /** The planned files (not folders) that are not among {@code written}, sorted. */
    public Set<String> missing(Collection<String> written) {
        Set<String> have = new TreeSet<>(written);
        Set<String> out = new TreeSet<>();
        for (Output o : outputs) if (!o.folder() && !have.contains(o.path())) out.add(o.path());
        return out;
    }

    /**
     * The files written are exactly the files planned: a stage that wrote a file the plan does not
     * list (which the collision check never saw), or left out one it lists, is a bug of the
     * generator, and the build does not swap its site in.
     *
     * @throws IllegalStateException naming the first few files of each kind
     */
    public void checkWrittenAsPlanned(Collection<String> written) {
        Set<String> unplanned = unplanned(written);
        Set<String> missing = missing(written);
        if (unplanned.isEmpty() && missing.isEmpty()) return;
        throw new IllegalStateException("the files written are not the files planned: "
                + (unplanned.isEmpty() ? "" : "written but not planned " + first(unplanned))
                + (unplanned.isEmpty() || missing.isEmpty() ? "" : "; ")
                + (missing.isEmpty() ? "" : "planned but not written " + first(missing)));
    }

    private static String first(Set<String> paths) {
        return paths.stream().limit(5).toList() + (paths.size() > 5 ? " and " + (paths.size() - 5) + " more" : "");
    }
}
