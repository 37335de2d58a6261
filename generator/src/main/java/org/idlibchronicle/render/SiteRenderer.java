package org.idlibchronicle.render;

import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.output.OutputFile;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.idlibchronicle.diag.GeneratorFault;
import org.idlibchronicle.concurrent.Parallel;
import org.idlibchronicle.kind.ItemLink;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.AgreementLink;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Provision;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.plan.Directory;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.plan.PageModel.AgreementSummary;
import org.idlibchronicle.plan.PlannedPage;
import org.idlibchronicle.plan.SitePlan;
import org.idlibchronicle.render.Views.AgreementItem;
import org.idlibchronicle.render.Views.ComplianceRow;
import org.idlibchronicle.render.Views.DayGroup;
import org.idlibchronicle.render.Views.EntityItem;
import org.idlibchronicle.render.Views.Link;
import org.idlibchronicle.render.Views.MonthItem;
import org.idlibchronicle.render.Views.OutletGroup;
import org.idlibchronicle.render.Views.Page;
import org.idlibchronicle.render.Views.SourceEntry;
import org.idlibchronicle.render.Views.YearItem;
import org.idlibchronicle.render.meta.JsonLd;
import org.idlibchronicle.render.meta.PageHead;
import org.idlibchronicle.render.svg.PlaceMapSvg;
import org.idlibchronicle.render.svg.TimelineStrip;
import org.idlibchronicle.text.Dates;

/**
 * The render stage: each planned page through its template. Rendering a page is a function of its
 * {@link PlannedPage} and the plan's {@link Directory} alone: it reads nothing else of the site,
 * so that a page whose model did not change can be taken from the {@link RenderCache}.
 */
public final class SiteRenderer {
    private final PageTemplates templates;
    private final RenderCache cache;
    private final ViewTable views = new ViewTable();

    /**
     * A renderer that reuses the pages whose models did not change since the last build ({@code cache}
     * may be null); {@code assetPaths} gives the site path of each asset ({@code css/site.css} →
     * {@code assets/css/site.3f9a0c1b.css}), the same for every page of a build; {@code kinds} give the
     * views of the page models they declare.
     */
    public SiteRenderer(Path templatesDir, RenderCache cache, java.util.Map<String, String> assetPaths,
                        List<? extends KindViews> kinds) {
        addViews(views);
        kinds.forEach(k -> k.addViews(views));
        this.templates = cache == null ? new PageTemplates(templatesDir, assetPaths) : cache.templates(templatesDir, assetPaths);
        this.cache = cache;
    }

    /** Renders every page into memory, sorted by path. */
    public List<OutputFile> render(SitePlan plan) {
        ConcurrentLinkedQueue<OutputFile> out = new ConcurrentLinkedQueue<>();
        render(plan, out::add);
        return out.stream().sorted(Comparator.comparing(OutputFile::path)).toList();
    }

    /**
     * Renders every page, in parallel, handing each to {@code sink} as soon as it is done (the sink
     * must accept pages from several threads), so that no page needs to stay in memory.
     */
    public void render(SitePlan plan, Consumer<OutputFile> sink) {
        render(plan, sink, java.util.Set.of(), first -> { });
    }

    /**
     * Renders every page as {@link #render(SitePlan, Consumer)} does, but the pages at the paths
     * {@code first} before all others: once they are made (and handed to {@code sink}), they are
     * handed together, sorted by path, to {@code firstDone}, on the calling thread, before any other
     * page is started. The dev server shows an edit on the pages open in a browser this way, without
     * waiting for the rest of the site (the rebuild's other pages, the 680 KB document page among
     * them, took most of render's time); Hugo's server does the same with the pages last visited.
     * With no planned page at {@code first}, {@code firstDone} is not called.
     */
    public void render(SitePlan plan, Consumer<OutputFile> sink, java.util.Set<String> first,
                       Consumer<List<OutputFile>> firstDone) {
        // A page whose model has no view stops the build here, before any page is made.
        plan.pages().stream().map(p -> p.model().getClass()).distinct().filter(c -> !views.has(c)).findFirst()
                .ifPresent(c -> {
                    throw new IllegalStateException(ViewTable.missing(c));
                });
        Directory dir = plan.directory();
        java.util.function.Function<PlannedPage, OutputFile> make;
        List<PlannedPage> pages;
        if (cache == null) {
            pages = plan.pages();
            make = p -> page(p, dir);
        } else {
            pages = cache.largestFirst(plan.pages());
            cache.startBuild(dir);
            // Each page reads the directory through views that record what it read, for the next build.
            make = p -> cache.page(p, reads -> page(p, reads.recording(dir)));
        }
        if (!first.isEmpty()) {
            Map<Boolean, List<PlannedPage>> split = pages.stream()
                    .collect(java.util.stream.Collectors.partitioningBy(p -> first.contains(p.path().value())));
            if (!split.get(true).isEmpty()) {
                ConcurrentLinkedQueue<OutputFile> made = new ConcurrentLinkedQueue<>();
                Parallel.forEach(split.get(true), p -> {
                    OutputFile page = make.apply(p);
                    made.add(page);
                    sink.accept(page);
                });
                firstDone.accept(made.stream().sorted(Comparator.comparing(OutputFile::path)).toList());
                pages = split.get(false);
            }
        }
        Parallel.forEach(pages, p -> sink.accept(make.apply(p)));
    }

    /** One page: a function of its plan entry and the directory. */
    public OutputFile page(PlannedPage planned, Directory dir) {
        try {
            return rendered(planned, dir);
        } catch (org.idlibchronicle.diag.ProblemFound mistakeInTheRecordsFiles) {
            throw mistakeInTheRecordsFiles;
        } catch (RuntimeException | Error fault) {
            // Name the file the page is made from, so that a fault in render can be traced.
            throw GeneratorFault.in(planned.origin().map(o -> o.path()).orElse("site/" + planned.path().value()), fault);
        }
    }

    private OutputFile rendered(PlannedPage planned, Directory dir) {
        String path = planned.path().value();
        ViewBuilder v = new ViewBuilder(dir, path);
        // The 404 page is served at any missing address, however deep: with the site's address known,
        // its links start from the root path, else they stay relative (right at the top level).
        String root = path.equals(PagePaths.NOT_FOUND) ? dir.config().rootPath().orElse(planned.path().root())
                : planned.path().root();
        Page page = new Page(path, root, planned.title(), planned.description(), planned.kind(), planned.section());
        Map<String, Object> model = withMap(views.of(planned.model(), v, dir), planned, path);
        // An item's page also says where it comes from and how to cite it (templates/provenance.peb).
        planned.provenance().ifPresent(p -> model.put("provenance", ProvenanceView.of(p, dir.config())));
        return OutputFile.text(path, planned.kind(), templates.render(planned.template(), page, dir.config(), model));
    }

    /**
     * The page's model with its map as {@code map}: null when the plan gave it none (templates use
     * strict variables); and its social card, for the head.
     */
    private static Map<String, Object> withMap(Map<String, Object> model, PlannedPage planned, String path) {
        Map<String, Object> out = new java.util.HashMap<>(model);
        out.put("map", planned.map().map(m -> PlaceMapSvg.draw(m, path)).orElse(null));
        out.put(PageHead.CARD, planned.card());
        return out;
    }

    /**
     * What the page's template receives, by the type of its model: a view made for it, or, for a
     * model that needs none, the model itself as {@code model} (its template reaches other pages with
     * {@code item("kind:id")}). Every type of the sealed {@link PageModel} but a kind's own has its
     * entry here, checked when the class loads: a model type added without one fails the first build,
     * where the chain of {@code instanceof} this replaces handed its template the bare model without a
     * word (issue 26). A kind's own models have their views from the kind ({@link KindViews}).
     */
    private static void addViews(ViewTable views) {
        views.put(PageModel.EventModel.class, SiteRenderer::event);
        views.put(PageModel.AgreementModel.class, SiteRenderer::agreement);
        views.put(PageModel.ActorModel.class, (m, v, dir) -> actor(m, v));
        views.put(PageModel.PlaceModel.class, (m, v, dir) -> place(m, v));
        views.put(PageModel.MonthModel.class, SiteRenderer::month);
        views.put(PageModel.TopicModel.class, (m, v, dir) -> Map.of("topic", TopicPage.build(m, v, dir)));
        views.put(PageModel.HomeModel.class, (m, v, dir) -> Map.of("home", new Views.HomePage(
                        m.agreements().stream().map(a -> agreementItem(v, a)).toList(), years(m.months(), v),
                        m.events(), m.actors(), m.places(), m.sources(), List.of()),
                "timeline", timeline(m.timeline(), dir, v.page(), null),
                "glance", AgreementsAtAGlance.build(m.agreements(), v)));
        views.put(PageModel.ChronologyModel.class,
                (m, v, dir) -> Map.of("years", years(m.months(), v), "timeline", timeline(m.timeline(), dir, v.page(), null)));
        views.put(PageModel.AgreementsIndexModel.class,
                (m, v, dir) -> Map.of("agreements", m.agreements().stream().map(a -> agreementItem(v, a)).toList()));
        views.put(PageModel.EntityIndexModel.class, (m, v, dir) -> Map.of("entities", m.entities().stream()
                .map(e -> new EntityItem(e.name(), v.href(m.kind().pagePath(e.id())), e.kind(), e.aliases(), e.events()))
                .toList(), "mapHref", m.map().map(v::href).orElse("")));
        views.put(PageModel.SourcesModel.class, (m, v, dir) -> {
            List<OutletGroup> outlets = sources(m, v, dir);
            return Map.of("outlets", outlets, "alphabet", AlphabetIndex.of(outlets.stream().map(OutletGroup::outlet).toList()));
        });
        views.put(PageModel.FiguresModel.class, (m, v, dir) -> Map.of("figures", FiguresPage.build(m, v, dir)));
        views.put(PageModel.AboutModel.class, (m, v, dir) -> Map.of("about", AboutPage.build(m, v)));
        // Their templates read the model as it is.
        views.put(PageModel.ProvisionsModel.class, (m, v, dir) -> Map.of("model", m));
        views.put(PageModel.RedirectModel.class, (m, v, dir) -> Map.of("model", m));
        views.put(PageModel.FixedModel.class, (m, v, dir) -> Map.of("model", m));
    }

    /** The renderer's own views, checked complete against the sealed {@link PageModel} when the class loads. */
    private static final java.util.Set<Class<? extends PageModel>> OWN_VIEWS = ownViews();

    private static java.util.Set<Class<? extends PageModel>> ownViews() {
        ViewTable views = new ViewTable();
        addViews(views);
        List<String> missing = java.util.Arrays.stream(PageModel.class.getPermittedSubclasses())
                .filter(c -> !c.isInterface() && !views.has(c)).map(Class::getSimpleName).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("page models without a view in SiteRenderer: " + missing);
        }
        return views.types();
    }

    /** The types of page model the renderer itself has a view for: every type of {@link PageModel} but the kinds' own. */
    static java.util.Set<Class<? extends PageModel>> modelsWithAView() {
        return OWN_VIEWS;
    }

    private static Map<String, Object> event(PageModel.EventModel m, ViewBuilder v, Directory dir) {
        Event e = m.event();
        PageNotes notes = new PageNotes();
        String body = MarkdownRenderer.render(e.body(), v.page(), notes);
        var claims = v.claims(m.claims(), notes);
        YearMonth month = YearMonth.from(e.date().start());
        var view = new Views.EventPage(v.item(e), e.date().approximate(),
                e.tags().stream().map(v::topic).toList(), claims, body, v.notes(notes),
                v.items(m.related()), v.optionalEvent(m.previous()).orElse(null),
                v.optionalEvent(m.next()).orElse(null),
                new Link(Dates.month(month), v.href(PagePaths.month(month))));
        return Map.of("event", view, "dateNote", e.dateNote().orElse(""),
                PageHead.JSON_LD, JsonLd.event(e, dir.places(), dir.config().absolute(v.page())));
    }

    private static Map<String, Object> agreement(PageModel.AgreementModel m, ViewBuilder v, Directory dir) {
        Agreement a = m.agreement();
        PageNotes notes = new PageNotes();
        List<Views.ProvisionView> provisions = new ArrayList<>();
        for (Provision p : a.provisions()) {
            List<ComplianceRow> rows = new ArrayList<>();
            for (Event e : m.eventsByProvision().getOrDefault(p.id(), List.of())) {
                e.agreements().stream()
                        .filter(l -> l.concerns(a.id(), p.id()))
                        .forEach(l -> rows.add(v.compliance(e, l)));
            }
            provisions.add(new Views.ProvisionView(p.id(), ItemLink.provisionAnchor(p.id()), p.title(),
                    MarkdownRenderer.render(p.text(), v.page(), notes),
                    p.deadline().map(Dates::day).orElse(""), rows));
        }
        String body = MarkdownRenderer.render(a.body(), v.page(), notes);
        List<ComplianceRow> events = new ArrayList<>();
        for (Event e : m.events()) {
            for (AgreementLink l : e.agreements()) {
                if (l.agreement().id().equals(a.id())) events.add(v.compliance(e, l));
            }
        }
        var view = new Views.AgreementPage(a.title(), a.shortName(), a.aliases(), Dates.format(a.signed()),
                a.signedAt().map(v::place).orElse(null), a.effective().map(Dates::format).orElse(""),
                a.parties().stream().map(v::actor).toList(), a.guarantors().stream().map(v::actor).toList(),
                a.status().label(), a.status().key(),
                a.relations().stream().map(r -> new Link(r.kind() + " " + v.agreement(r.agreement()).label(),
                        v.agreement(r.agreement()).href())).toList(),
                provisions, body, events, v.notes(notes));
        return Map.of("agreement", view, "inEffect", m.period().map(p -> p.describe()).orElse(""),
                PageHead.JSON_LD, JsonLd.agreement(a, dir.actors(), dir.config().absolute(v.page())));
    }

    private static Map<String, Object> actor(PageModel.ActorModel m, ViewBuilder v) {
        Actor a = m.actor();
        PageNotes notes = new PageNotes();
        String description = MarkdownRenderer.render(a.description(), v.page(), notes);
        var view = new Views.EntityPage(a.name(), a.shortName(), a.aliases(), GazetteerNamesView.NONE, a.kind().replace('-', ' '),
                a.affiliation().map(v::actor).orElse(null), "", description, v.items(m.events()),
                m.agreements().stream().map(x -> agreementItem(v, x)).toList(), v.notes(notes));
        return Map.of("entity", view);
    }

    private static Map<String, Object> place(PageModel.PlaceModel m, ViewBuilder v) {
        Place p = m.place();
        PageNotes notes = new PageNotes();
        String description = MarkdownRenderer.render(p.description(), v.page(), notes);
        var view = new Views.EntityPage(p.name(), "", p.aliases(), GazetteerNamesView.of(p.names()), p.kind().replace('-', ' '), null, p.governorate(),
                description, v.items(m.events()), List.of(), v.notes(notes));
        return Map.of("entity", view);
    }

    private static AgreementItem agreementItem(ViewBuilder v, AgreementSummary s) {
        Agreement a = s.agreement();
        return new AgreementItem(a.title(), a.shortName(), v.href(ContentKind.AGREEMENT.pagePath(a.id())), Dates.format(a.signed()),
                a.status().label(), a.status().key(), s.events());
    }

    private static Map<String, Object> month(PageModel.MonthModel m, ViewBuilder v, Directory dir) {
        YearMonth month = m.month();
        // Grouped by the anchor each date is listed at: the anchors sort in page order.
        TreeMap<String, List<Event>> byDay = new TreeMap<>();
        m.events().forEach(e -> byDay.computeIfAbsent(PagePaths.dayAnchor(e.date()), d -> new ArrayList<>()).add(e));
        List<DayGroup> days = byDay.values().stream().map(list -> dayGroup(list, month, v)).toList();
        var view = new Views.MonthPage(Dates.month(month), days, m.events().size(),
                m.previous().map(p -> new Link(Dates.month(p), v.href(PagePaths.month(p)))).orElse(null),
                m.next().map(n -> new Link(Dates.month(n), v.href(PagePaths.month(n)))).orElse(null));
        return Map.of("month", view, "timeline", timeline(m.timeline(), dir, v.page(), month));
    }

    private static DayGroup dayGroup(List<Event> events, YearMonth month, ViewBuilder v) {
        Event first = events.get(0);
        String anchor = PagePaths.dayAnchor(first.date());
        if (PagePaths.spansMonths(first.date())) {
            YearMonth end = YearMonth.from(first.date().end());
            return new DayGroup("Not dated: some time between " + Dates.month(month) + " and " + Dates.month(end), "",
                    anchor, "undated", v.items(events));
        }
        boolean noDay = first.date().precision() == DatePrecision.MONTH;
        return new DayGroup(noDay ? Dates.month(month) + ", day not known" : Dates.format(first.date()), Dates.iso(first.date()), anchor,
                noDay ? "day not known" : String.valueOf(first.date().start().getDayOfMonth()), v.items(events));
    }

    private static List<YearItem> years(List<PageModel.MonthCount> months, ViewBuilder v) {
        TreeMap<Integer, List<MonthItem>> years = new TreeMap<>();
        months.forEach(m -> years.computeIfAbsent(m.month().getYear(), y -> new ArrayList<>())
                .add(new MonthItem(Dates.month(m.month()), v.href(PagePaths.month(m.month())), m.events())));
        return years.entrySet().stream()
                .map(y -> new YearItem(y.getKey(), y.getValue().stream().mapToInt(MonthItem::count).sum(), y.getValue()))
                .toList();
    }

    private static TimelineStrip.Strip timeline(PageModel.Timeline t, Directory dir, String path, YearMonth current) {
        return TimelineStrip.draw(t.dates(), pinned(t, dir), t.periods(), path, current);
    }

    /**
     * The agreements a timeline pins, in the directory's order. Looked up by key, so that the page
     * depends on those agreements only ({@link PageReads}) and on which agreements there are.
     */
    static List<Agreement> pinned(PageModel.Timeline t, Directory dir) {
        return dir.agreements().keySet().stream().filter(t::pins).map(dir.agreements()::get).toList();
    }

    private static List<OutletGroup> sources(PageModel.SourcesModel m, ViewBuilder v, Directory dir) {
        TreeMap<String, List<SourceEntry>> byOutlet = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Source s : dir.sources().values()) {
            List<Link> citedOn = m.citations().getOrDefault(s.id(), List.of()).stream()
                    .map(c -> new Link(c.title(), v.href(c.page()))).toList();
            byOutlet.computeIfAbsent(s.outlet(), o -> new ArrayList<>()).add(new SourceEntry(s.id(), v.citation(s), citedOn));
        }
        return byOutlet.entrySet().stream().map(e -> new OutletGroup(e.getKey(), e.getValue())).toList();
    }
}
