package org.idlibchronicle.render;

import org.idlibchronicle.kind.ItemLink;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.AgreementLink;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Provision;
import org.idlibchronicle.model.Source;
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
import org.idlibchronicle.render.svg.TimelineStrip;
import org.idlibchronicle.concurrent.Parallel;

/**
 * The render stage: every page of the site, from linked content through the templates. Pages are
 * independent of each other and are rendered in parallel; the result is sorted by path.
 */
public final class SiteRenderer {
    private final PageTemplates templates;
    private final SiteConfig config;

    public SiteRenderer(Path templatesDir, Views.SiteInfo site, SiteConfig config) {
        this(templatesDir, site, config, null);
    }

    /** A renderer that reuses the pages whose inputs did not change since the last build ({@code cache} may be null). */
    public SiteRenderer(Path templatesDir, Views.SiteInfo site, SiteConfig config, RenderCache cache) {
        this.templates = new PageTemplates(templatesDir, site, config);
        this.config = config;
        this.cache = cache;
    }

    private final RenderCache cache;

    /** One page to make: where it goes, the data it is made from (for the {@link RenderCache}), how to make it. */
    private record Job(String path, List<Object> inputs, Supplier<OutputFile> make) {}

    private static Job job(String path, List<Object> inputs, Supplier<OutputFile> make) {
        return new Job(path, inputs, make);
    }

    /** Every page of the site, each with what it reads besides the shared inputs (see {@link PageInputs}). */
    private List<Job> jobs(LinkedSite site, PageInputs in) {
        List<Job> jobs = new ArrayList<>();
        jobs.add(job("index.html", List.of(in.timeline(), site.eventsByAgreement()), () -> home(site)));
        jobs.add(job("chronology/index.html", List.of(in.timeline()), () -> chronology(site)));
        jobs.add(job("agreements/index.html", List.of(in.agreementCounts()), () -> agreementsIndex(site)));
        jobs.add(job("actors/index.html", List.of(in.actorCounts()), () -> actorsIndex(site)));
        jobs.add(job("places/index.html", List.of(in.placeCounts()), () -> placesIndex(site)));
        jobs.add(job("sources.html", List.of(site.citationsBySource()), () -> sources(site)));
        jobs.add(job(FiguresPage.PATH, List.of(site.claimSets()), () -> page("figures", page(FiguresPage.PATH, "page",
                "figures", "Contested figures",
                "Every figure on which the sources disagree, side by side, and the displacement figures over time."),
                Map.of("figures", FiguresPage.build(site)))));
        jobs.add(job("about.html", List.of(in.timeline(), site.claimSets()), () -> page("about", page("about.html",
                "page", "about", "About and method",
                "How the record is sourced, how claims and dates are shown, and how to contribute."),
                Map.of("about", AboutPage.build(site, config)))));
        jobs.add(job("404.html", List.of(),
                () -> simple("404.html", "404", "Page not found", "The page you asked for does not exist.")));
        jobs.add(job("search.html", List.of(), () -> simple("search.html", "search", "Search",
                "Search the record: events, agreements, actors, places and sources.")));
        for (Event e : site.chronology().events()) {
            jobs.add(job(PagePaths.event(e.id()), List.of(e, site.related().getOrDefault(e.id(), List.of()),
                    site.chronology().previous(e), site.chronology().next(e), site.claimSetsOf(e.id())),
                    () -> event(site, e)));
        }
        for (Agreement a : site.agreements().values()) {
            jobs.add(job(PagePaths.agreement(a.id()), List.of(site.eventsByAgreement(), site.eventsByProvision(),
                    in.periods()), () -> agreement(site, a)));
        }
        for (Actor a : site.actors().values()) {
            jobs.add(job(PagePaths.actor(a.id()), List.of(site.eventsFor(site.eventsByActor(), a.id()),
                    in.agreementCounts()), () -> actor(site, a)));
        }
        for (Place p : site.places().values()) {
            jobs.add(job(PagePaths.place(p.id()), List.of(site.eventsFor(site.eventsByPlace(), p.id())),
                    () -> place(site, p)));
        }
        var byMonth = site.chronology().byMonth();
        for (YearMonth m : byMonth.keySet()) {
            jobs.add(job(PagePaths.month(m), List.of(byMonth.get(m), Optional.ofNullable(byMonth.lowerKey(m)),
                    Optional.ofNullable(byMonth.higherKey(m)), in.timeline()), () -> month(site, m)));
        }
        return jobs;
    }

    /** Renders every page into memory, sorted by path. */
    public List<OutputFile> render(LinkedSite site) {
        ConcurrentLinkedQueue<OutputFile> out = new ConcurrentLinkedQueue<>();
        render(site, out::add);
        return out.stream().sorted(Comparator.comparing(OutputFile::path)).toList();
    }

    /**
     * Renders every page, in parallel, handing each to {@code sink} as soon as it is done (the sink
     * must accept pages from several threads), so that no page needs to stay in memory.
     */
    public void render(LinkedSite site, java.util.function.Consumer<OutputFile> sink) {
        PageInputs in = PageInputs.of(site, config);
        if (cache == null) {
            Parallel.forEach(jobs(site, in), j -> sink.accept(j.make().get()));
        } else {
            cache.startBuild(in.shared());
            Parallel.forEach(jobs(site, in), j -> sink.accept(cache.page(j.path(), j.inputs(), j.make())));
        }
    }

    private OutputFile page(String template, Page page, Map<String, Object> model) {
        return OutputFile.text(page.path(), page.kind(), templates.render(template, page, model));
    }

    private static Page page(String path, String kind, String section, String title, String description) {
        return new Page(path, PagePaths.root(path), title, description, kind, section);
    }

    private OutputFile event(LinkedSite site, Event e) {
        String path = PagePaths.event(e.id());
        ViewBuilder v = new ViewBuilder(site, path);
        PageNotes notes = new PageNotes();
        String body = MarkdownRenderer.render(e.body(), path, notes);
        var claims = v.claims(e, notes);
        YearMonth month = YearMonth.from(e.date().start());
        var view = new Views.EventPage(v.item(e), e.date().approximate(), e.tags(), claims, body, v.notes(notes),
                v.items(site.related().getOrDefault(e.id(), List.of())),
                v.optionalEvent(site.chronology().previous(e)).orElse(null),
                v.optionalEvent(site.chronology().next(e)).orElse(null),
                new Link(Dates.month(month), v.href(PagePaths.month(month))));
        return page("event", page(path, "event", "chronology", e.title(), e.summary()), Map.of("event", view,
                PageHead.JSON_LD, JsonLd.event(e, site.places(), config.absolute(path))));
    }

    private OutputFile agreement(LinkedSite site, Agreement a) {
        String path = PagePaths.agreement(a.id());
        ViewBuilder v = new ViewBuilder(site, path);
        PageNotes notes = new PageNotes();
        List<Views.ProvisionView> provisions = new ArrayList<>();
        for (Provision p : a.provisions()) {
            List<ComplianceRow> rows = new ArrayList<>();
            for (Event e : site.eventsFor(site.eventsByProvision(), LinkedSite.provisionKey(a.id(), p.id()))) {
                e.agreements().stream()
                        .filter(l -> l.agreement().id().equals(a.id()) && l.provision().map(x -> x.id().equals(p.id())).orElse(false))
                        .forEach(l -> rows.add(v.compliance(e, l)));
            }
            provisions.add(new Views.ProvisionView(p.id(), ItemLink.provisionAnchor(p.id()), p.title(),
                    MarkdownRenderer.render(p.text(), path, notes),
                    p.deadline().map(Dates::day).orElse(""), rows));
        }
        String body = MarkdownRenderer.render(a.body(), path, notes);
        List<ComplianceRow> events = new ArrayList<>();
        for (Event e : site.eventsFor(site.eventsByAgreement(), a.id())) {
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
        String inEffect = AgreementPeriods.of(site).stream().filter(p -> p.agreement() == a).findFirst()
                .map(AgreementPeriods::describe).orElse("");
        return page("agreement", page(path, "agreement", "agreements", a.shortName(), a.title()), Map.of("agreement", view,
                "inEffect", inEffect,
                PageHead.JSON_LD, JsonLd.agreement(a, site.actors(), config.absolute(path))));
    }

    private OutputFile actor(LinkedSite site, Actor a) {
        String path = PagePaths.actor(a.id());
        ViewBuilder v = new ViewBuilder(site, path);
        PageNotes notes = new PageNotes();
        String description = MarkdownRenderer.render(a.description(), path, notes);
        var view = new Views.EntityPage(a.name(), a.shortName(), a.aliases(), a.kind().replace('-', ' '),
                a.affiliation().map(v::actor).orElse(null), "", description,
                v.items(site.eventsFor(site.eventsByActor(), a.id())),
                site.agreementsByActor().getOrDefault(a.id(), List.of()).stream().map(x -> agreementItem(site, v, x)).toList(),
                v.notes(notes));
        return page("entity", page(path, "actor", "actors", a.name(), firstLine(a.description())), Map.of("entity", view));
    }

    private OutputFile place(LinkedSite site, Place p) {
        String path = PagePaths.place(p.id());
        ViewBuilder v = new ViewBuilder(site, path);
        PageNotes notes = new PageNotes();
        String description = MarkdownRenderer.render(p.description(), path, notes);
        var view = new Views.EntityPage(p.name(), "", p.aliases(), p.kind().replace('-', ' '), null, p.governorate(),
                description, v.items(site.eventsFor(site.eventsByPlace(), p.id())), List.of(), v.notes(notes));
        return page("entity", page(path, "place", "places", p.name(), firstLine(p.description())), Map.of("entity", view));
    }

    private static AgreementItem agreementItem(LinkedSite site, ViewBuilder v, Agreement a) {
        return new AgreementItem(a.title(), a.shortName(), v.href(PagePaths.agreement(a.id())), Dates.format(a.signed()),
                a.status().label(), a.status().key(), site.eventsFor(site.eventsByAgreement(), a.id()).size());
    }

    private OutputFile month(LinkedSite site, YearMonth m) {
        String path = PagePaths.month(m);
        ViewBuilder v = new ViewBuilder(site, path);
        List<Event> events = site.chronology().byMonth().get(m);
        TreeMap<String, List<Event>> byDay = new TreeMap<>();
        events.forEach(e -> byDay.computeIfAbsent(Dates.iso(e.date()), d -> new ArrayList<>()).add(e));
        List<DayGroup> days = byDay.values().stream()
                .map(list -> new DayGroup(list.get(0).date().precision() == DatePrecision.MONTH
                        ? Dates.month(m) + ", day not known" : Dates.format(list.get(0).date()),
                        Dates.iso(list.get(0).date()), v.items(list)))
                .toList();
        YearMonth prev = site.chronology().byMonth().lowerKey(m);
        YearMonth next = site.chronology().byMonth().higherKey(m);
        var view = new Views.MonthPage(Dates.month(m), days, events.size(),
                prev == null ? null : new Link(Dates.month(prev), v.href(PagePaths.month(prev))),
                next == null ? null : new Link(Dates.month(next), v.href(PagePaths.month(next))));
        return page("month", page(path, "month", "chronology", Dates.month(m),
                events.size() + " events in " + Dates.month(m)), Map.of("month", view, "timeline", timeline(site, path, m)));
    }

    private List<YearItem> years(LinkedSite site, ViewBuilder v) {
        TreeMap<Integer, List<MonthItem>> years = new TreeMap<>();
        site.chronology().byMonth().forEach((m, list) -> years.computeIfAbsent(m.getYear(), y -> new ArrayList<>())
                .add(new MonthItem(Dates.month(m), v.href(PagePaths.month(m)), list.size())));
        return years.entrySet().stream()
                .map(y -> new YearItem(y.getKey(), y.getValue().stream().mapToInt(MonthItem::count).sum(), y.getValue()))
                .toList();
    }

    private OutputFile chronology(LinkedSite site) {
        String path = "chronology/index.html";
        ViewBuilder v = new ViewBuilder(site, path);
        return page("chronology", page(path, "index", "chronology", "Chronology", "Every event of the record by month."),
                Map.of("years", years(site, v), "timeline", timeline(site, path, null)));
    }

    private OutputFile home(LinkedSite site) {
        String path = "index.html";
        ViewBuilder v = new ViewBuilder(site, path);
        var view = new Views.HomePage(site.agreements().values().stream()
                .sorted(Comparator.comparing(Agreement::signed)).map(a -> agreementItem(site, v, a)).toList(),
                years(site, v), site.events().size(), site.actors().size(), site.places().size(), site.sources().size(),
                List.of());
        return page("home", page(path, "home", "home", "Idlib Chronicle",
                "A sourced record of the Idlib agreements between Turkey and Russia, 2018–2020."),
                Map.of("home", view, "timeline", timeline(site, path, null),
                        "glance", AgreementsAtAGlance.build(site, path)));
    }

    private static TimelineStrip.Strip timeline(LinkedSite site, String path, YearMonth current) {
        return TimelineStrip.draw(site.chronology().events(), List.copyOf(site.agreements().values()),
                AgreementPeriods.of(site), path, current);
    }

    private OutputFile agreementsIndex(LinkedSite site) {
        String path = "agreements/index.html";
        ViewBuilder v = new ViewBuilder(site, path);
        List<AgreementItem> items = site.agreements().values().stream()
                .sorted(Comparator.comparing(Agreement::signed)).map(a -> agreementItem(site, v, a)).toList();
        return page("agreements", page(path, "index", "agreements", "Agreements",
                "The Turkey–Russia agreements on Idlib, 2018–2020."), Map.of("agreements", items));
    }

    private OutputFile actorsIndex(LinkedSite site) {
        String path = "actors/index.html";
        ViewBuilder v = new ViewBuilder(site, path);
        List<EntityItem> items = site.actors().values().stream()
                .sorted(Comparator.comparing(a -> a.name().toLowerCase(java.util.Locale.ROOT)))
                .map(a -> new EntityItem(a.name(), v.href(PagePaths.actor(a.id())), a.kind().replace('-', ' '),
                        a.aliases(), site.eventsFor(site.eventsByActor(), a.id()).size()))
                .toList();
        return page("entities", page(path, "index", "actors", "Actors",
                "States, forces, groups, bodies and people in the record."), Map.of("entities", items));
    }

    private OutputFile placesIndex(LinkedSite site) {
        String path = "places/index.html";
        ViewBuilder v = new ViewBuilder(site, path);
        List<EntityItem> items = site.places().values().stream()
                .sorted(Comparator.comparing(p -> p.name().toLowerCase(java.util.Locale.ROOT)))
                .map(p -> new EntityItem(p.name(), v.href(PagePaths.place(p.id())), p.kind().replace('-', ' '),
                        p.aliases(), site.eventsFor(site.eventsByPlace(), p.id()).size()))
                .toList();
        return page("entities", page(path, "index", "places", "Places",
                "Cities, towns, roads and bases in the record, with their other spellings."), Map.of("entities", items));
    }

    private OutputFile sources(LinkedSite site) {
        String path = "sources.html";
        ViewBuilder v = new ViewBuilder(site, path);
        TreeMap<String, List<SourceEntry>> byOutlet = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Source s : site.sources().values()) {
            List<Link> citedOn = site.citationsBySource().getOrDefault(s.id(), List.of()).stream()
                    .map(c -> new Link(c.title(), v.href(c.page()))).toList();
            byOutlet.computeIfAbsent(s.outlet(), o -> new ArrayList<>()).add(new SourceEntry(s.id(), v.citation(s), citedOn));
        }
        List<OutletGroup> groups = byOutlet.entrySet().stream().map(e -> new OutletGroup(e.getKey(), e.getValue())).toList();
        return page("sources", page(path, "index", "sources", "Sources",
                "The bibliography: every source the record cites, and where."), Map.of("outlets", groups));
    }

    private OutputFile simple(String path, String template, String title, String description) {
        return page(template, page(path, "page", "", title, description), Map.of());
    }

    private static String firstLine(Markdown md) {
        // The reading text parsed at load: link texts kept, footnotes and markup dropped.
        String text = md.plain();
        int dot = text.indexOf(". ");
        return dot > 0 ? text.substring(0, dot + 1) : text;
    }

}
