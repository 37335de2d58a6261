package org.idlibchronicle.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.idlibchronicle.check.ContentCheck;
import org.idlibchronicle.check.LocationCheck;
import org.idlibchronicle.check.QuoteCheck;
import org.idlibchronicle.concurrent.Parallel;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.diag.Failures;
import org.idlibchronicle.diag.ProblemFound;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.geo.Region;
import org.idlibchronicle.history.ContentHistory;
import org.idlibchronicle.index.AnalyzerScript;
import org.idlibchronicle.index.SearchIndexer;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.kinds.Kinds;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.Linker;
import org.idlibchronicle.load.ContentLoader;
import org.idlibchronicle.load.LoadCache;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.plan.Planner;
import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import org.idlibchronicle.plan.SitePlan;
import org.idlibchronicle.quote.Library;
import org.idlibchronicle.render.RenderCache;
import org.idlibchronicle.render.SiteRenderer;
import org.idlibchronicle.render.export.Exports;
import org.idlibchronicle.write.OutputFolder;
import org.idlibchronicle.write.SiteWriter;

/**
 * The build, read top to bottom as its stages: load → check → link → plan → render → index → write.
 * Content problems stop the build after the check stage (or, for two pages with one path, the
 * plan stage), before anything is written, so the previous site is left as it was.
 *
 * <p>This class is the conductor: it runs the stages in order, starts those that need less than
 * the stage before them beside it (link beside check; the index from the linked record; the cards
 * and the export beside render) and times them ({@link StageTimes}). What it reads besides the
 * content is {@link BuildInputs}', the git history {@link GitHistory}'s, the cards
 * {@link CardsStage}'s, and how problems are told {@link ProblemReport}'s.
 */
public final class SiteBuild {
    private final Project project;
    private final PrintStream log;
    private final LoadCache cache;
    private final BuildInputs inputs;
    private final StageTimes stageTimes = new StageTimes();
    /** How problems are told; {@link #check} builds nothing, and its failure message says so. */
    private ProblemReport problemReport;

    private RenderCache renderCache;
    /** The git history, when it is read once for several builds (the dev server's); else each build reads it. */
    private CompletableFuture<ContentHistory> sharedHistory;
    /** The pages the render stage makes first, and who is handed them as soon as they are made. */
    private Set<String> firstPages = Set.of();
    private Consumer<List<OutputFile>> firstPagesDone = pages -> { };

    public SiteBuild(Project project, PrintStream log) {
        this(project, log, new LoadCache());
    }

    /** A build that reuses what {@code cache} remembers of unchanged files (used by the dev server). */
    public SiteBuild(Project project, PrintStream log, LoadCache cache) {
        this.project = project;
        this.log = log;
        this.inputs = new BuildInputs(project, log);
        this.problemReport = new ProblemReport(log, "fix them and build again (site/ was left unchanged)");
        this.cache = cache;
    }

    /**
     * Takes the git history from {@code history} instead of reading it: the dev server reads it once
     * per session, so that an edit's rebuild does not walk the log again (uncommitted edits do not
     * change it anyway).
     */
    public SiteBuild readingHistoryFrom(CompletableFuture<ContentHistory> history) {
        this.sharedHistory = history;
        return this;
    }

    /** Lets unchanged pages reuse their HTML from the previous build (the dev server's rebuilds). */
    public SiteBuild reusingPages(RenderCache pages) {
        this.renderCache = pages;
        return this;
    }

    /**
     * Renders the pages at {@code paths} before every other page and hands them to {@code done} as
     * soon as they are made, before the rest of the site is rendered: the dev server shows an edit
     * on the pages open in a browser first. They are among the build's files all the same.
     */
    public SiteBuild renderingFirst(Set<String> paths, Consumer<List<OutputFile>> done) {
        this.firstPages = Set.copyOf(paths);
        this.firstPagesDone = done;
        return this;
    }

    SiteBuild watchingStages(StageTimes.Watch watch) {
        stageTimes.watch(watch);
        return this;
    }

    /**
     * Builds the site into {@code site/}, swapping it in only when everything succeeded. Pages are
     * written to the staging folder as they are rendered, so memory does not grow with the site.
     */
    public BuildSummary run() throws BuildFailedException, IOException {
        long start = System.nanoTime();
        SiteWriter.Staging staging;
        try {
            staging = new SiteWriter(project.root(), project.site()).begin();
        } catch (OutputFolder.Refused refused) {
            // Not a content mistake and not a fault: the output folder given would destroy files.
            throw new BuildFailedException(refused.getMessage(), List.of());
        } catch (IOException cannotWrite) {
            throw new BuildFailedException(Failures.describe(cannotWrite), List.of());
        }
        // Minifying the stylesheets and scripts needs nothing of the content: it runs beside the stages.
        CompletableFuture<BuildInputs.PublishedAssets> assets = Parallel.start(() -> stage("assets", inputs::publishedAssets));
        try {
            Produced out = produce(true, staging::write, () -> assets.join().analyzerScript(),
                    () -> assets.join().names().paths());
            long t = System.nanoTime();
            assets.join().files().forEach(staging::write);
            out.plan().manifest().checkWrittenAsPlanned(staging.paths());
            int written = staging.commit();
            stageTimes.add("write", (System.nanoTime() - t) / 1_000_000);
            return new BuildSummary(out.pagesByKind(), out.searchDocuments(), written, out.warnings(),
                    stageMillis(), (System.nanoTime() - start) / 1_000_000,
                    BuildSummary.Locations.of(out.site().places().values()), out.quotes().citations(),
                    out.quotes().found(), out.quotes().flattened());
        } catch (BuildFailedException | IOException e) {
            staging.abort();
            // The assets task writes to the cache in target/: nothing of a build may still be
            // writing once it has failed.
            Parallel.awaitQuietly(assets);
            throw e;
        } catch (Throwable fault) {
            // Anything else is the machine's failure (a full disk, a folder it may not write, too
            // small a heap) or the generator's own fault (a stack overflow is an Error): the staging
            // folder still goes, and the contributor gets one line saying which, not a stack trace.
            staging.abort();
            Parallel.awaitQuietly(assets);
            throw new BuildFailedException(Failures.describe(fault), List.of());
        }
    }

    /** What the stages before writing produce: every output file, and counts for the summary. */
    public record Generated(List<OutputFile> files, Map<String, Integer> pagesByKind, int searchDocuments,
                            int warnings, LinkedSite site, SitePlan plan) {}

    /** Runs load → check → link → render → index in memory; writes nothing. */
    public Generated generate() throws BuildFailedException {
        return generate(true);
    }

    /**
     * Runs the stages in memory. Without {@code extras}, the pages only: the search index and the
     * data exports are left out, because the dev server shows an edit first and brings those up to
     * date right after ({@link #searchIndex}, {@link #exports}).
     */
    public Generated generate(boolean extras) throws BuildFailedException {
        Queue<OutputFile> files = new ConcurrentLinkedQueue<>();
        // The dev server serves the assets as written, under their own names.
        Produced out = produce(extras, files::add, AnalyzerScript::asWritten, inputs::assetsAsWritten);
        List<OutputFile> sorted = files.stream().sorted(Comparator.comparing(OutputFile::path)).toList();
        return new Generated(sorted, out.pagesByKind(), out.searchDocuments(), out.warnings(), out.site(), out.plan());
    }

    /**
     * Runs the stages as {@link #generate(boolean)} does, handing each file to {@code sink} (from
     * several threads) as it is made: what the build writes, in the order it is made.
     */
    void generateInto(Consumer<OutputFile> sink) throws BuildFailedException {
        produce(true, sink, AnalyzerScript::asWritten, inputs::assetsAsWritten);
    }

    /**
     * {@code mvn site-check}: every check of a build (content, quotes, references, site.yaml, the map
     * region, colliding addresses), without rendering, indexing or writing anything, and without the
     * git history (pages are planned as outside git). Problems are printed as a build prints them.
     *
     * @throws BuildFailedException the record has errors; they have been printed
     */
    public CheckSummary check() throws BuildFailedException {
        long start = System.nanoTime();
        problemReport = new ProblemReport(log, "fix them and check again (nothing was built)");
        Problems problems = new Problems();
        Planned planned = plan(problems, CompletableFuture.completedFuture(ContentHistory.none()));
        problemReport.print(problems);
        return new CheckSummary(planned.files(), planned.plan().pages().size(), problems.warningCount(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The counts of a build whose files went to a sink. */
    private record Produced(Map<String, Integer> pagesByKind, int searchDocuments, int warnings, LinkedSite site,
                            SitePlan plan, QuoteCheck.Count quotes) {}

    /**
     * The stages, handing every output file to {@code sink} (from several threads) as it is made;
     * the search index's boot file carries {@code analyzerScript}'s script, and pages link each asset
     * at its path in {@code assetPaths}.
     */
    private Produced produce(boolean extras, Consumer<OutputFile> sink,
                             Supplier<String> analyzerScript, Supplier<Map<String, String>> assetPaths)
            throws BuildFailedException {
        Problems problems = new Problems();
        // Item pages' history and the feed's dates come from git; walking the log needs nothing of
        // the content, so it runs beside load, check and link on a thread of its own.
        // The index needs only the linked site and its search documents: it is started as soon as the
        // record is linked, and built while the plan is made and the pages render.
        AtomicReference<CompletableFuture<SearchIndex>> indexing =
                new AtomicReference<>(CompletableFuture.completedFuture(new SearchIndex(List.of(), 0)));
        AfterLink startIndex = !extras ? (s, c, d) -> { } : (linkedSite, settings, documents) ->
                indexing.set(Parallel.after(documents, docs -> searchIndex(linkedSite, docs, settings.searchSynonyms(),
                        analyzerScript.get())));
        Planned planned;
        try {
            planned = plan(problems, history(), startIndex);
        } catch (BuildFailedException | RuntimeException | Error e) {
            indexing.get().cancel(false);
            throw e;
        }
        CompletableFuture<SearchIndex> index = indexing.get();
        LinkedSite site = planned.site();
        SitePlan plan = planned.plan();
        QuoteCheck.Count quotes = planned.quotes();
        SiteConfig config = plan.directory().config();
        ContentHistory commits = planned.commits();
        Map<String, Integer> byKind = new ConcurrentSkipListMap<>();
        // The export lists the pages, which are the plan's (render makes every planned page or the build
        // fails): it is made on the pool beside render rather than after it, on one core.
        List<String> pagePaths = plan.pages().stream().map(p -> p.path().value()).toList();
        CompletableFuture<List<OutputFile>> exported = extras
                ? Parallel.start(() -> exports(site, plan, pagePaths, config, commits))
                : CompletableFuture.completedFuture(List.of());
        // The cards need only the plan: they are made beside render and the index, so that what is
        // left after render is the export (at 10,000 events the cards, read back from target/ and
        // written, took 1.6 s after render). The dev server's first pages come before them.
        CardsStage cards = new CardsStage(plan, sink, project.root().resolve("target/social-cards"), renderCache, stageTimes);
        if (firstPages.isEmpty()) cards.start();
        try {
            stage("render", () -> {
                new SiteRenderer(project.templates(), renderCache, assetPaths.get(), Kinds.all()).render(plan, page -> {
                    byKind.merge(page.kind(), 1, Integer::sum);
                    sink.accept(page);
                }, firstPages, made -> {
                    firstPagesDone.accept(made);
                    cards.start();
                });
                return null;
            });
        } catch (ProblemFound found) {
            // A template that fails on a page: a located mistake in templates/, reported like
            // the content's, not a fault of the generator.
            index.cancel(false);
            exported.cancel(false);
            cards.awaitQuietly();
            problems.error(found.problem().position(), found.problem().message());
            problemReport.failOnErrors(problems);
        } catch (RuntimeException | Error fault) {
            // Nothing of a build may still be writing once it has failed (its staging folder goes).
            cards.awaitQuietly();
            throw fault;
        }
        cards.start();
        cards.join();
        Parallel.joined(exported).forEach(sink);
        SearchIndex searchIndex = index.join();
        searchIndex.files().forEach(sink);
        problemReport.print(problems);
        return new Produced(new TreeMap<>(byKind), searchIndex.documents(), (int) problems.warningCount(), site, plan,
                quotes);
    }

    /** The record, checked, linked and planned: what rendering, indexing and exporting start from. */
    private record Planned(LinkedSite site, SitePlan plan, QuoteCheck.Count quotes, ContentHistory commits, int files) {}

    /**
     * What is started once the record is linked, beside the plan stage: the search index, which needs
     * the linked record and its search documents, not the plan.
     */
    private interface AfterLink {
        void linked(LinkedSite site, SiteConfig config, CompletableFuture<List<SearchDocument>> documents);
    }

    /**
     * Load, check, link and plan, each stopping the build on errors, with the pages' history from
     * {@code history}.
     */
    private Planned plan(Problems problems, CompletableFuture<ContentHistory> history) throws BuildFailedException {
        return plan(problems, history, (site, config, documents) -> { });
    }

    private Planned plan(Problems problems, CompletableFuture<ContentHistory> history, AfterLink afterLink)
            throws BuildFailedException {
        try {
            return planChecked(problems, history, afterLink);
        } catch (ProblemFound found) {
            // A mistake in the site's set-up met mid-stage (a schema that is not JSON): located, reported
            // with what the stages found before it, never a fault of the generator.
            problems.error(found.problem().position(), found.problem().message());
            problemReport.failOnErrors(problems);
            throw found;
        }
    }

    private Planned planChecked(Problems problems, CompletableFuture<ContentHistory> history, AfterLink afterLink)
            throws BuildFailedException {
        inputs.requireFolders();
        Content content = stage("load", () ->
                new ContentLoader(project.root(), project.content(), project.schemas(), problems, cache).load(Kinds.all()));
        long beforeRegion = problems.errorCount();
        Optional<Region> region = inputs.region(problems);
        // Places are checked against the region only when it could be read: else each located
        // place would also be told that the record has no map.
        boolean regionRead = problems.errorCount() == beforeRegion;
        SiteConfig config = inputs.checkedSiteConfig(problems);
        Map<String, String> historyNotes = inputs.historyNotes(problems);
        // The documents' texts, indexed once for the check stage and the link stage.
        Library library = stage("check", () -> cache.library(content));
        // Linking reads the record as the checks do and changes nothing of it, so it runs beside them
        // on the pool (each took about 0.3 s at 10,000 events, one after the other on one core). Its
        // result is used only when the checks find no error: a record with errors may not link, and
        // then what linking made or threw is dropped unseen (it writes nothing, so it is not waited for).
        CompletableFuture<LinkedSite> linking = Parallel.start(() -> stage("link", () -> Linker.link(content, library)));
        QuoteCheck.Count quotes = stage("check", () -> {
            new ContentCheck(content, problems).run();
            if (regionRead) LocationCheck.run(content.places(), region, problems);
            return new QuoteCheck(content, library, config != null && config.quotesRequired(), problems).run();
        });
        problemReport.failOnErrors(problems);
        LinkedSite site = Parallel.joined(linking);
        // The search documents need only the linked record: made on the pool beside the plan, and the
        // index started from them, so that the index (as long as render at 10,000 events) starts
        // before the plan's 0.6 s instead of after it.
        CompletableFuture<List<SearchDocument>> documents = Parallel.start(() -> SearchDocuments.of(site, Kinds.all()));
        afterLink.linked(site, config, documents);
        ContentHistory commits = GitHistory.joined(history, project.root(), stageTimes).withNotes(historyNotes);
        SitePlan plan = stage("plan", () -> Planner.plan(site, config, commits, region, Kinds.all(), problems,
                () -> Parallel.joined(documents)));
        problemReport.failOnErrors(problems);
        int files = 0;
        for (ContentKind k : ContentKind.values()) files += content.items(k).size();
        return new Planned(site, plan, quotes, commits, files);
    }

    /** The export stage on its own: feed, sitemap and data files of a site with these pages. */
    public List<OutputFile> exports(LinkedSite site, SitePlan plan, List<String> pagePaths) throws BuildFailedException {
        return exports(site, plan, pagePaths, inputs.siteConfig(), GitHistory.joined(history(), project.root(), stageTimes));
    }

    private List<OutputFile> exports(LinkedSite site, SitePlan plan, List<String> pagePaths, SiteConfig config,
                                     ContentHistory history) {
        List<String> sorted = pagePaths.stream().sorted().toList();
        return stage("export", () -> Exports.files(site, plan, sorted, config, history, Kinds.all()));
    }

    /** The files of the search index and how many documents it holds. */
    public record SearchIndex(List<OutputFile> files, int documents) {}

    /** The index stage on its own, with the analyzer as written (the dev server's). */
    public SearchIndex searchIndex(LinkedSite site, SitePlan plan) {
        return searchIndex(site, plan, AnalyzerScript.asWritten());
    }

    private SearchIndex searchIndex(LinkedSite site, SitePlan plan, String analyzerScript) {
        return searchIndex(site, plan.searchDocuments(), plan.directory().config().searchSynonyms(), analyzerScript);
    }

    private SearchIndex searchIndex(LinkedSite site, List<SearchDocument> docs, List<List<String>> synonyms,
                                    String analyzerScript) {
        return stage("index", () -> new SearchIndex(SearchIndexer.index(site, docs, analyzerScript, synonyms), docs.size()));
    }

    /** The shared history if there is one, else this build's own, started now. */
    private CompletableFuture<ContentHistory> history() {
        return sharedHistory != null ? sharedHistory : GitHistory.startReading(project, log);
    }

    /** Time per stage of the last build, in pipeline order. */
    public Map<String, Long> stageMillis() {
        return stageTimes.millis();
    }

    private <T> T stage(String name, Supplier<T> work) {
        return stageTimes.time(name, work);
    }
}
