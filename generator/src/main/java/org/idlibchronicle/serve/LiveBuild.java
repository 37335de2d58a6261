package org.idlibchronicle.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.idlibchronicle.pipeline.BuildFailedException;
import org.idlibchronicle.pipeline.GitHistory;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.pipeline.SiteBuild;
import org.idlibchronicle.diag.Problem;
import org.idlibchronicle.load.LoadCache;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.render.RenderCache;
import org.idlibchronicle.write.SiteWriter;

/**
 * Rebuilds the site after each edit during {@code mvn site-serve}. Unchanged content files come
 * from the {@link LoadCache}, and pages whose inputs did not change from the {@link RenderCache};
 * only pages whose bytes changed are written into {@code site/}, so the browser is told exactly
 * which pages to reload. The search index and data files follow ({@link #followUp}). When the
 * content has errors nothing is written: the last good site keeps being served. The server does
 * not read {@code site/}: it serves {@link #served()}, a snapshot replaced whole by each step.
 */
final class LiveBuild {
    /** The outcome of one rebuild: the pages that changed, or the problems that stopped it. */
    record Result(List<String> changed, List<Problem> problems, long millis, Map<String, Long> stages,
                  Shown shownFirst) {
        Result(List<String> changed, List<Problem> problems, long millis, Map<String, Long> stages) {
            this(changed, problems, millis, stages, Shown.NONE);
        }

        boolean failed() {
            return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        }
    }

    /**
     * The pages open in a browser that a rebuild made before the rest of the site: those that
     * changed (already written, served and announced), and when, in ms from the rebuild's start.
     */
    record Shown(List<String> changed, long millis) {
        static final Shown NONE = new Shown(List.of(), -1);
    }

    private final Project project;
    private final PrintStream log;
    private final LoadCache cache = new LoadCache();
    private final RenderCache pages = new RenderCache();
    /** What was last written, by path, in two scopes: pages and assets, then the files that follow them. */
    private final Written pagesWritten = new Written();
    private final Written extrasWritten = new Written();
    /** The last successful rebuild whose search index and data files are not written yet. */
    private final java.util.concurrent.atomic.AtomicReference<SiteBuild.Generated> pending =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** What the server serves: replaced, never changed, by each build, rebuild and follow-up. */
    private final java.util.concurrent.atomic.AtomicReference<SiteSnapshot> served =
            new java.util.concurrent.atomic.AtomicReference<>(SiteSnapshot.EMPTY);

    /**
     * The git history, read once for the session: an edit's rebuild does not walk the log again.
     * Uncommitted edits do not change it; a commit made while serving shows after a restart.
     */
    private final java.util.concurrent.CompletableFuture<org.idlibchronicle.history.ContentHistory> history;

    LiveBuild(Project project, PrintStream log) {
        this.project = project;
        this.log = log;
        this.history = GitHistory.startReading(project, log);
    }

    private SiteBuild build() {
        return new SiteBuild(project, log, cache).reusingPages(pages).readingHistoryFrom(history);
    }

    /**
     * Whether {@code site/} holds a whole build of this session. Until it does, what is in
     * {@code site/} (an earlier run's output) is not what {@link Written} remembers, so writing
     * only the changed files would leave the files this build no longer makes: a rebuild then
     * writes the whole site, like the first build.
     */
    private boolean wholeSiteWritten;

    /**
     * Serves what {@code site/} holds (an earlier run's site) while the first build runs, so that
     * the server answers as soon as its port is open; a volunteer on a loaded machine waited about
     * 40 s for the first page. Nothing is served from disk once a build of this session succeeded.
     */
    void serveWhatIsOnDisk() throws IOException {
        served.compareAndSet(SiteSnapshot.EMPTY, SiteSnapshot.readFrom(project.site()));
    }

    /** The first build: the whole site, swapped in safely like {@code mvn site-gen}. */
    synchronized Result initial() throws IOException {
        long start = System.nanoTime();
        SiteBuild build = build();
        try {
            writeWholeSite(build, build.generate(false));
        } catch (BuildFailedException e) {
            served.set(SiteSnapshot.readFrom(project.site()));
            return new Result(List.of(), e.problems(), (System.nanoTime() - start) / 1_000_000, Map.of());
        }
        return new Result(List.of(), List.of(), (System.nanoTime() - start) / 1_000_000, build.stageMillis());
    }

    /**
     * A rebuild after a change, pages only: writes the pages whose bytes differ from the last
     * build. Call {@link #followUp()} next to bring the search index and data exports up to date.
     * After a failed first build it writes the whole site instead, and reports every page changed.
     */
    synchronized Result rebuild(boolean templatesOrSchemasChanged) throws IOException {
        return rebuild(templatesOrSchemasChanged, null, java.util.Set.of(), changed -> { });
    }

    /**
     * A rebuild that makes the pages at {@code open} (those open in a browser) before the rest of
     * the site, and serves and writes them at once: {@code shown} is handed those of them that
     * changed, while the other pages are still being made. The result's {@code changed} lists
     * every page that changed, {@code shownFirst} those already shown. Until the rest follows, the
     * snapshot serves the open pages of this build beside the other pages of the last one (a few
     * tens of ms), as Hugo's server does with the pages it renders first. {@code filesChanged}, when not
     * null, is every file that changed since the last rebuild (the watcher's report): the load
     * stage then looks only at those ({@link LoadCache#changedSinceLastLoad}).
     */
    synchronized Result rebuild(boolean templatesOrSchemasChanged, java.util.Set<java.nio.file.Path> filesChanged,
                                java.util.Set<String> open, java.util.function.Consumer<List<String>> shown) throws IOException {
        long start = System.nanoTime();
        if (templatesOrSchemasChanged) {
            cache.clear();
            pages.clear();
        }
        // Until the whole site of this session is written, the first build may have failed
        // before its load ended: look at every file.
        if (filesChanged != null && wholeSiteWritten) cache.changedSinceLastLoad(filesChanged);
        SiteBuild build = build();
        java.util.concurrent.atomic.AtomicReference<Shown> first = new java.util.concurrent.atomic.AtomicReference<>(Shown.NONE);
        if (wholeSiteWritten && !open.isEmpty()) {
            build.renderingFirst(open, made -> {
                served.updateAndGet(site -> site.withPagesReplaced(made));
                try {
                    List<String> changed = pagesWritten.writeChanged(made, false);
                    first.set(new Shown(changed, (System.nanoTime() - start) / 1_000_000));
                    if (!changed.isEmpty()) shown.accept(changed);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        SiteBuild.Generated generated;
        try {
            try {
                generated = build.generate(false);
            } catch (java.io.UncheckedIOException writingTheOpenPages) {
                throw writingTheOpenPages.getCause();
            }
            if (!wholeSiteWritten) {
                List<String> written = writeWholeSite(build, generated);
                return new Result(written, List.of(), (System.nanoTime() - start) / 1_000_000, build.stageMillis());
            }
        } catch (BuildFailedException e) {
            return new Result(List.of(), e.problems(), (System.nanoTime() - start) / 1_000_000, Map.of());
        }
        pending.set(generated);
        rememberRoot(generated);
        List<OutputFile> files = withAssets(generated.files());
        served.updateAndGet(site -> site.withPages(files));
        List<String> changed = new ArrayList<>(pagesWritten.writeChanged(files, true));
        changed.addAll(first.get().changed());
        changed.sort(null);
        return new Result(changed, List.of(), (System.nanoTime() - start) / 1_000_000, build.stageMillis(), first.get());
    }

    /**
     * Writes every file of {@code generated}, search index and data files included, into a fresh
     * {@code site/} swapped in at once, so that no file of an earlier site is left; returns the
     * paths of the pages and assets.
     */
    private List<String> writeWholeSite(SiteBuild build, SiteBuild.Generated generated)
            throws IOException, BuildFailedException {
        List<OutputFile> pageFiles = withAssets(generated.files());
        List<OutputFile> extras = extras(build, generated);
        List<OutputFile> all = new ArrayList<>(pageFiles);
        all.addAll(extras);
        new SiteWriter(project.root(), project.site()).write(all);
        pageFiles.forEach(pagesWritten::remember);
        synchronized (extrasWritten) {
            extras.forEach(extrasWritten::remember);
        }
        wholeSiteWritten = true;
        rememberRoot(generated);
        served.set(SiteSnapshot.EMPTY.withPages(pageFiles).withExtras(extras));
        return pageFiles.stream().map(OutputFile::path).sorted().toList();
    }

    /** The path the last good build's site is published under ({@code /} without an address). */
    private volatile String publishedRoot = "/";

    String publishedRoot() {
        return publishedRoot;
    }

    private void rememberRoot(SiteBuild.Generated generated) {
        publishedRoot = generated.plan().directory().config().rootPath().filter(p -> p.startsWith("/")).orElse("/");
    }

    /** The site as it is to be served now: the last good build, its search index and data files following. */
    SiteSnapshot served() {
        return served.get();
    }

    /**
     * Brings the search index, data exports, feed and sitemap up to date with the last successful
     * {@link #rebuild}; returns the files that changed. Does not hold up rebuilds: it may run on
     * another thread while the next edit's pages are built (the two write different files), and
     * when several rebuilds happened meanwhile only the latest is followed up.
     */
    List<String> followUp() throws IOException {
        synchronized (extrasWritten) {
            SiteBuild.Generated latest = pending.getAndSet(null);
            if (latest == null) return List.of();
            try {
                List<OutputFile> extras = extras(build(), latest);
                served.updateAndGet(site -> site.withExtras(extras));
                return extrasWritten.writeChanged(extras, true);
            } catch (BuildFailedException e) {
                // Only the site settings are read again here, and the rebuild had just read them.
                log.println(e.getMessage());
                return List.of();
            }
        }
    }

    private static List<OutputFile> extras(SiteBuild build, SiteBuild.Generated generated) throws BuildFailedException {
        List<String> pagePaths = generated.files().stream().map(OutputFile::path).toList();
        List<OutputFile> extras = new ArrayList<>(build.exports(generated.site(), generated.plan(), pagePaths));
        extras.addAll(build.searchIndex(generated.site(), generated.plan()).files());
        return extras;
    }

    /** The files written in one scope, so that only changed ones are written again and removed ones deleted. */
    private final class Written {
        private final Map<String, Long> sums = new HashMap<>();
        /** The page objects written: a page the render cache reused is the same object, unchanged. */
        private final Map<String, OutputFile> files = new HashMap<>();

        void remember(OutputFile f) {
            sums.put(f.path(), Checksum.of(f.bytes()));
            files.put(f.path(), f);
        }

        /**
         * Writes the files of {@code now} whose bytes differ from what was last written at their
         * path; when {@code whole}, {@code now} is every file of the scope, and the files written
         * before that it no longer has are deleted. Returns the paths written or deleted, sorted.
         */
        List<String> writeChanged(List<OutputFile> now, boolean whole) throws IOException {
            List<String> changed = new ArrayList<>();
            java.util.Set<String> paths = new java.util.HashSet<>();
            for (OutputFile f : now) {
                paths.add(f.path());
                if (files.get(f.path()) == f) continue;
                long sum = Checksum.of(f.bytes());
                Long before = sums.put(f.path(), sum);
                files.put(f.path(), f);
                if (before == null || before != sum) {
                    Path target = project.site().resolve(f.path());
                    Files.createDirectories(target.getParent());
                    Files.write(target, f.bytes());
                    changed.add(f.path());
                }
            }
            for (String gone : whole ? new ArrayList<>(sums.keySet()) : List.<String>of()) {
                if (!paths.contains(gone)) {
                    Files.deleteIfExists(project.site().resolve(gone));
                    sums.remove(gone);
                    files.remove(gone);
                    changed.add(gone);
                }
            }
            changed.sort(null);
            return changed;
        }
    }

    /** Assets are outputs too, so that an edited stylesheet is written and reloaded like a page. */
    private List<OutputFile> withAssets(List<OutputFile> files) throws IOException {
        List<OutputFile> all = new ArrayList<>(files);
        // As written, not minified: what a contributor reads in the browser's tools is their file.
        all.addAll(org.idlibchronicle.assets.SiteAssets.asWritten(project.assets()));
        return all;
    }
}
