package org.idlibchronicle.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.idlibchronicle.cite.CiteThisPage;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.history.ContentHistory;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.geo.Region;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.ClaimSet;
import org.idlibchronicle.link.Citation;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.EventDate;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Relation;
import org.idlibchronicle.text.Dates;
import org.idlibchronicle.plan.PageModel.AboutModel;
import org.idlibchronicle.plan.PageModel.ActorModel;
import org.idlibchronicle.plan.PageModel.AgreementModel;
import org.idlibchronicle.plan.PageModel.AgreementSummary;
import org.idlibchronicle.plan.PageModel.AgreementsIndexModel;
import org.idlibchronicle.plan.PageModel.ChronologyModel;
import org.idlibchronicle.plan.PageModel.EntityCount;
import org.idlibchronicle.plan.PageModel.EntityIndexModel;
import org.idlibchronicle.plan.PageModel.EventModel;
import org.idlibchronicle.plan.PageModel.FiguresModel;
import org.idlibchronicle.plan.PageModel.FixedModel;
import org.idlibchronicle.plan.PageModel.HomeModel;
import org.idlibchronicle.plan.PageModel.MonthCount;
import org.idlibchronicle.plan.PageModel.MonthModel;
import org.idlibchronicle.plan.PageModel.PlaceModel;
import org.idlibchronicle.plan.PageModel.SourcesModel;
import org.idlibchronicle.plan.PageModel.Timeline;

/**
 * The plan stage: from the linked record, every page the site will have, each with its path and
 * its model, and the facts derived once for all of them. Two pages with one path are reported
 * here, naming both, before anything is rendered.
 */
public final class Planner {
    private final LinkedSite site;
    private final SiteConfig config;
    private final ContentHistory history;
    private final CiteThisPage cite;
    private final Optional<Region> region;

    private Planner(LinkedSite site, SiteConfig config, ContentHistory history, Optional<Region> region) {
        this.site = site;
        this.config = config;
        this.history = history;
        this.region = region;
        this.cite = new CiteThisPage(config, history.newest().map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC)));
    }

    /** Plans the site without its git history and without maps; path collisions go to {@code problems} as errors. */
    public static SitePlan plan(LinkedSite site, SiteConfig config, Problems problems) {
        return plan(site, config, ContentHistory.none(), Optional.empty(), problems);
    }

    /**
     * Plans the site; item pages show what {@code history} tells of their files, and pages have maps of
     * {@code region} if the record has one. Path collisions go to {@code problems}.
     */
    public static SitePlan plan(LinkedSite site, SiteConfig config, ContentHistory history, Optional<Region> region,
                                Problems problems) {
        return new Planner(site, config, history, region).plan(problems);
    }

    private SitePlan plan(Problems problems) {
        List<AgreementPeriods.Period> periods = AgreementPeriods.of(site);
        Map<String, AgreementSummary> summaries = summaries(periods);
        Timeline timeline = new Timeline(site.chronology().events().stream().map(Event::date).toList(), periods);
        List<MonthCount> months = new ArrayList<>();
        site.chronology().byMonth().forEach((m, list) -> months.add(new MonthCount(m, list.size())));
        List<AgreementSummary> bySigning = site.agreements().values().stream()
                .sorted(Comparator.comparing(Agreement::signed).thenComparing(Agreement::id))
                .map(a -> summaries.get(a.id())).toList();

        List<PlannedPage> pages = new ArrayList<>();
        pages.add(fixed("index.html", "home", "home", "home", config.title(), config.description(),
                new HomeModel(bySigning, List.copyOf(months), site.events().size(), site.actors().size(),
                        site.places().size(), site.sources().size(), timeline)));
        pages.add(fixed(ContentKind.EVENT.nav().path(), "chronology", "index", "chronology", "Chronology",
                "Every event of the record by month.", new ChronologyModel(List.copyOf(months), timeline)));
        pages.add(fixed(ContentKind.AGREEMENT.nav().path(), "agreements", "index", "agreements", "Agreements",
                "The agreements of the record, in the order they were signed.", new AgreementsIndexModel(bySigning)));
        pages.add(fixed(ContentKind.ACTOR.nav().path(), "entities", "index", "actors", "Actors",
                "States, forces, groups, bodies and people in the record.", actorIndex()));
        pages.add(fixed(ContentKind.PLACE.nav().path(), "entities", "index", "places", "Places",
                "Cities, towns, roads and bases in the record, with their other spellings.", placeIndex()));
        pages.add(fixed(ContentKind.TOPIC.nav().path(), "entities", "index", "topics", "Topics",
                "The reader's index: what the events are about, each topic with its events, places, actors and figures.",
                topicIndex()));
        pages.add(fixed(ContentKind.SOURCE.nav().path(), "sources", "index", "sources", "Sources",
                "The bibliography: every source the record cites, and where.",
                new SourcesModel(site.citationsBySource())));
        pages.add(fixed(PagePaths.FIGURES, "figures", "page", "figures", "Contested figures",
                "Every figure on which the sources disagree, side by side, and the displacement figures over time.",
                figures(problems)));
        pages.add(fixed(PagePaths.ABOUT, "about", "page", "about", "About and method",
                "How the record is sourced, how claims and dates are shown, and how to contribute.", about(periods)));
        pages.add(fixed("provisions.html", "provisions", "index", "agreements", "Provisions",
                "What each agreement required, provision by provision, and how often the record shows each"
                        + " implemented or violated.", provisionsOverview(bySigning)));
        if (region.isPresent()) {
            pages.add(fixed(PlaceMaps.PAGE, "map", "page", "places", "Map",
                    "Where the places of the record are, each sized by the number of events that name it.",
                    new FixedModel()));
        }
        // Without the site's address, the 404 page cannot link from the root: it carries its styles
        // and finds the root itself (templates/404-standalone.peb).
        pages.add(fixed(PagePaths.NOT_FOUND, config.baseUrl().isPresent() ? "404" : "404-standalone", "page", "", "Page not found",
                "The page you asked for does not exist.", new FixedModel()));
        pages.add(fixed(PagePaths.SEARCH, "search", "page", "", "Search",
                "Search the record: events, agreements, actors, places and sources.", new FixedModel()));

        for (Event e : site.chronology().events()) {
            pages.add(item(ContentKind.EVENT, e.id(), e.origin(), "event", "chronology", e.title(), e.summary(),
                    new EventModel(e, site.related().getOrDefault(e.id(), List.of()), site.chronology().previous(e),
                            site.chronology().next(e), site.claimSetsOf(e.id()))));
        }
        for (Agreement a : site.agreements().values()) {
            pages.add(item(ContentKind.AGREEMENT, a.id(), a.origin(), "agreement", "agreements", a.shortName(),
                    a.title(), new AgreementModel(a, site.eventsFor(site.eventsByAgreement(), a.id()),
                            eventsByProvision(a), summaries.get(a.id()).period())));
        }
        for (Actor a : site.actors().values()) {
            List<AgreementSummary> agreements = site.agreementsByActor().getOrDefault(a.id(), List.of()).stream()
                    .map(x -> summaries.get(x.id())).toList();
            pages.add(item(ContentKind.ACTOR, a.id(), a.origin(), "entity", "actors", a.name(),
                    firstSentence(a.description()),
                    new ActorModel(a, site.eventsReferring(ContentKind.ACTOR, a.id()), agreements)));
        }
        for (Place p : site.places().values()) {
            pages.add(item(ContentKind.PLACE, p.id(), p.origin(), "entity", "places", p.name(),
                    firstSentence(p.description()), new PlaceModel(p, site.eventsReferring(ContentKind.PLACE, p.id()))));
        }
        for (org.idlibchronicle.model.Topic t : site.topics().values()) {
            pages.add(item(ContentKind.TOPIC, t.id(), t.origin(), "topic", "topics", t.title(),
                    firstSentence(t.description()), TopicPages.model(site, t, periods)));
        }
        for (org.idlibchronicle.model.SourceDocument d : site.content().documents()) {
            pages.add(item(ContentKind.DOCUMENT, d.id(), d.origin(), "document", "sources", d.title(),
                    "The document “" + d.title() + "” (" + d.publisher() + ") and every passage of it the record quotes.",
                    new PageModel.DocumentModel(d, site.passages().of(d.id()))));
        }
        pages.addAll(redirects(pages));
        var byMonth = site.chronology().byMonth();
        for (YearMonth m : byMonth.keySet()) {
            List<Event> events = byMonth.get(m);
            pages.add(new PlannedPage(OutputPath.of(PagePaths.month(m)), "month", "month", "chronology",
                    Dates.month(m), events.size() + (events.size() == 1 ? " event in " : " events in ") + Dates.month(m), Optional.empty(),
                    new MonthModel(m, events, Optional.ofNullable(byMonth.lowerKey(m)),
                            Optional.ofNullable(byMonth.higherKey(m)), timeline)));
        }
        if (region.isPresent()) pages = new ArrayList<>(PlaceMaps.attach(pages, site, region.get()));
        pages = SocialCards.attach(pages, config);
        PathCollisions.report(pages, problems);
        Manifest manifest = Manifest.of(pages, config.baseUrl().isPresent());
        manifest.reportCollisions(problems);
        Directory directory = new Directory(site.actors(), site.places(), site.agreements(), site.sources(),
                site.topics(), config, site.passages().anchors());
        return new SitePlan(List.copyOf(pages), directory, periods, manifest);
    }

    private static PlannedPage fixed(String path, String template, String kind, String section, String title,
                                     String description, PageModel model) {
        return new PlannedPage(OutputPath.of(path), template, kind, section, title, description, Optional.empty(), model);
    }

    private PlannedPage item(ContentKind k, String id, org.idlibchronicle.diag.SourcePosition origin,
                             String template, String section, String title, String description,
                             PageModel model) {
        String path = k.pagePath(id);
        PageProvenance provenance = new PageProvenance(origin.path(), history.changes(Path.of(origin.path())),
                cite.of(k.key() + "-" + id, title, path));
        return new PlannedPage(OutputPath.of(path), template, k.key(), section, title, description,
                Optional.of(origin), model, Optional.of(provenance), Optional.empty(), Optional.empty());
    }

    /** The kind of the pages at items' former addresses. */
    public static final String REDIRECT = "redirect";

    /**
     * A page at each former id of each item with a page, leading to the item's page. Its origin is
     * where the former id is written, so that a collision with another output is reported there.
     */
    private List<PlannedPage> redirects(List<PlannedPage> itemPages) {
        // Few items have former ids: look their pages up by path rather than each page's item by origin.
        Map<String, PlannedPage> byPath = new HashMap<>();
        itemPages.forEach(p -> byPath.put(p.path().value(), p));
        List<PlannedPage> out = new ArrayList<>();
        for (ContentKind kind : ContentKind.values()) {
            for (Item item : site.content().items(kind)) {
                if (item.formerIds().isEmpty()) continue;
                PlannedPage page = byPath.get(kind.pagePath(item.id()));
                if (page == null) continue;
                for (Ref former : item.formerIds()) {
                    OutputPath at = OutputPath.of(kind.pagePath(former.id()));
                    out.add(new PlannedPage(at, REDIRECT, REDIRECT, "", page.title(),
                            "The " + kind.key() + " that was here has moved to " + page.title() + ".",
                            Optional.of(former.at()), new PageModel.RedirectModel(at.linkTo(page.path().value()),
                                    config.absolute(page.path().value()).orElse(at.linkTo(page.path().value())),
                                    kind.key())));
                }
            }
        }
        return out;
    }

    /** Each agreement as lists show it, by id. */
    private Map<String, AgreementSummary> summaries(List<AgreementPeriods.Period> periods) {
        Map<String, AgreementPeriods.Period> byAgreement = new TreeMap<>();
        periods.forEach(p -> byAgreement.put(p.agreement().id(), p));
        Map<String, AgreementSummary> out = new LinkedHashMap<>();
        for (Agreement a : site.agreements().values()) {
            List<Event> events = site.eventsFor(site.eventsByAgreement(), a.id());
            int violations = (int) events.stream().filter(e -> e.agreements().stream().anyMatch(l ->
                    l.agreement().id().equals(a.id()) && l.relation() == Relation.VIOLATES)).count();
            out.put(a.id(), new AgreementSummary(a, events.size(), violations,
                    Optional.ofNullable(byAgreement.get(a.id()))));
        }
        return out;
    }

    /** The events bearing on each provision of {@code a}, by provision id, in provision order. */
    private Map<String, List<Event>> eventsByProvision(Agreement a) {
        Map<String, List<Event>> events = new LinkedHashMap<>();
        a.provisions().forEach(p -> events.put(p.id(),
                site.eventsFor(site.eventsByProvision(), LinkedSite.provisionKey(a.id(), p.id()))));
        return events;
    }

    private PageModel.ProvisionsModel provisionsOverview(List<AgreementSummary> bySigning) {
        List<PageModel.ProvisionRow> rows = new ArrayList<>();
        for (AgreementSummary s : bySigning) {
            Agreement a = s.agreement();
            for (var p : a.provisions()) {
                Map<String, Integer> byRelation = new TreeMap<>();
                for (Event e : site.eventsFor(site.eventsByProvision(), LinkedSite.provisionKey(a.id(), p.id()))) {
                    e.agreements().stream()
                            .filter(l -> l.concerns(a.id(), p.id()))
                            .forEach(l -> byRelation.merge(l.relation().key(), 1, Integer::sum));
                }
                rows.add(new PageModel.ProvisionRow(a, p, byRelation));
            }
        }
        return new PageModel.ProvisionsModel(List.copyOf(rows));
    }

    private EntityIndexModel actorIndex() {
        return entityIndex(ContentKind.ACTOR, site.actors().values().stream()
                .map(a -> new EntityCount(a.id(), a.name(), a.kind(), a.aliases(),
                        site.eventsReferring(ContentKind.ACTOR, a.id()).size())).toList());
    }

    /** The places, and the map that draws them when the record has a region (it was linked from nowhere but the home page). */
    private EntityIndexModel placeIndex() {
        EntityIndexModel index = entityIndex(ContentKind.PLACE, site.places().values().stream()
                .map(p -> new EntityCount(p.id(), p.name(), p.kind(), p.aliases(),
                        site.eventsReferring(ContentKind.PLACE, p.id()).size())).toList());
        return new EntityIndexModel(index.kind(), index.entities(), region.map(r -> PlaceMaps.PAGE));
    }

    /** The topics by title; a narrower topic says which one it is part of. */
    private EntityIndexModel topicIndex() {
        return new EntityIndexModel(ContentKind.TOPIC, site.topics().values().stream()
                .sorted(Comparator.comparing(t -> t.title().toLowerCase(Locale.ROOT)))
                .map(t -> new EntityCount(t.id(), t.title(),
                        t.parent().map(p -> "part of " + site.topics().get(p.id()).title()).orElse("topic"), t.aliases(),
                        site.eventsReferring(ContentKind.TOPIC, t.id()).size()))
                .toList());
    }

    /** An index of one kind: sorted by name, whatever its case; the item's sort ("armed-group") in words. */
    private static EntityIndexModel entityIndex(ContentKind kind, List<EntityCount> entities) {
        return new EntityIndexModel(kind, entities.stream()
                .sorted(Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT)))
                .map(e -> new EntityCount(e.id(), e.name(), e.kind().replace('-', ' '), e.aliases(), e.events()))
                .toList());
    }

    /** The chart's series are the claim sets its topic names for the chart: the topics decide what is charted. */
    private FiguresModel figures(Problems problems) {
        List<ClaimSet> disputed = site.claimSets().stream().filter(ClaimSet::disputed).toList();
        config.chart().map(SiteConfig.Chart::topic).filter(t -> !site.topics().containsKey(t)).ifPresent(t ->
                problems.error(org.idlibchronicle.diag.SourcePosition.file(SiteConfig.FILE), "chart.topic '" + t
                        + "' is not a topic" + org.idlibchronicle.diag.DidYouMean.hint(t, site.topics().keySet())
                        + ": name a topic of content/topics/ whose claim_sets are the figures to chart"));
        List<ClaimSet> charted = config.chart().map(c -> site.claimSets().stream()
                .filter(s -> s.namedIn().equals(c.topic()) && s.name().chart()).toList()).orElse(List.of());
        return new FiguresModel(disputed, site.claimSets().size(), charted);
    }

    private AboutModel about(List<AgreementPeriods.Period> periods) {
        List<Event> events = site.chronology().events();
        return new AboutModel(events.size(),
                (int) events.stream().map(Event::date).filter(d -> d.precision() == DatePrecision.MONTH).count(),
                (int) events.stream().map(Event::date).filter(EventDate::approximate).count(),
                site.claimSets().stream().mapToInt(s -> s.claims().size()).sum(),
                (int) site.claimSets().stream().filter(ClaimSet::disputed).count(),
                site.sources().size(), periods, config.baseUrl().isPresent());
    }

    /** The first sentence of a description, as the page's meta description. */
    private static String firstSentence(Markdown md) {
        // The reading text parsed at load: link texts kept, footnotes and markup dropped.
        String text = md.plain();
        int dot = text.indexOf(". ");
        return dot > 0 ? text.substring(0, dot + 1) : text;
    }
}
