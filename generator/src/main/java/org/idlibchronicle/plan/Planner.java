package org.idlibchronicle.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.EventDate;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.model.Relation;
import org.idlibchronicle.plan.PageModel.AboutModel;
import org.idlibchronicle.plan.PageModel.AgreementSummary;
import org.idlibchronicle.plan.PageModel.FiguresModel;
import org.idlibchronicle.plan.PageModel.FixedModel;
import org.idlibchronicle.plan.PageModel.HomeModel;
import org.idlibchronicle.plan.PageModel.MonthCount;
import org.idlibchronicle.plan.PageModel.Timeline;

/**
 * The plan stage: from the linked record, every page the site will have, each with its path and
 * its model, and the facts derived once for all of them. The pages of each kind are its own
 * ({@link KindPages}); this plans the pages of none (home, figures, about, map, search, 404) and
 * the redirects from former ids. Two pages with one path are reported
 * here, naming both, before anything is rendered.
 */
public final class Planner {
    private final LinkedSite site;
    private final SiteConfig config;
    private final ContentHistory history;
    private final CiteThisPage cite;
    private final Optional<Region> region;
    private final List<? extends KindPages> kinds;

    private Planner(LinkedSite site, SiteConfig config, ContentHistory history, Optional<Region> region,
                    List<? extends KindPages> kinds) {
        this.kinds = kinds;
        this.site = site;
        this.config = config;
        this.history = history;
        this.region = region;
        this.cite = new CiteThisPage(config, history.newest().map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC)));
    }

    /** Plans the site without its git history and without maps; path collisions go to {@code problems} as errors. */
    public static SitePlan plan(LinkedSite site, SiteConfig config, List<? extends KindPages> kinds, Problems problems) {
        return plan(site, config, ContentHistory.none(), Optional.empty(), kinds, problems);
    }

    /**
     * Plans the site; item pages show what {@code history} tells of their files, and pages have maps of
     * {@code region} if the record has one; each of {@code kinds} adds its own pages between the home page
     * and the pages of no kind. Path collisions go to {@code problems}.
     */
    public static SitePlan plan(LinkedSite site, SiteConfig config, ContentHistory history, Optional<Region> region,
                                List<? extends KindPages> kinds, Problems problems) {
        return plan(site, config, history, region, kinds, problems, () -> SearchDocuments.of(site, kinds));
    }

    /**
     * Plans the site as {@link #plan(LinkedSite, SiteConfig, ContentHistory, Optional, List, Problems)}
     * does, its search documents from {@code searchDocuments}: the build makes them ({@link
     * SearchDocuments#of}) beside the plan and hands them to the index before the plan is done.
     */
    public static SitePlan plan(LinkedSite site, SiteConfig config, ContentHistory history, Optional<Region> region,
                                List<? extends KindPages> kinds, Problems problems,
                                java.util.function.Supplier<List<SearchDocument>> searchDocuments) {
        return new Planner(site, config, history, region, kinds).plan(problems, searchDocuments);
    }

    private SitePlan plan(Problems problems, java.util.function.Supplier<List<SearchDocument>> searchDocuments) {
        List<AgreementPeriods.Period> periods = AgreementPeriods.of(site);
        Map<String, AgreementSummary> summaries = summaries(periods);
        Timeline timeline = new Timeline(site.chronology().events().stream().map(Event::date).toList(), periods);
        List<MonthCount> months = new ArrayList<>();
        site.chronology().byMonth().forEach((m, list) -> months.add(new MonthCount(m, list.size())));
        List<AgreementSummary> bySigning = site.agreements().values().stream()
                .sorted(Comparator.comparing(Agreement::signed).thenComparing(Agreement::id))
                .map(a -> summaries.get(a.id())).toList();
        Planning planning = new Planning(site, config, region, history, cite, periods, summaries, bySigning,
                List.copyOf(months), timeline);

        List<String> dataFiles = kinds.stream().flatMap(k -> k.dataFiles().stream()).toList();
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(Planning.page("index.html", "home", "home", "home", config.title(), config.description(),
                new HomeModel(bySigning, List.copyOf(months), site.events().size(), site.actors().size(),
                        site.places().size(), site.sources().size(), timeline)));
        for (KindPages kind : kinds) kind.addPages(planning, pages);
        pages.add(Planning.page(PagePaths.FIGURES, "figures", "page", "figures", "Contested figures",
                "Every figure on which the sources disagree, side by side, and the displacement figures over time.",
                figures(problems)));
        pages.add(Planning.page(PagePaths.ABOUT, "about", "page", "about", "About and method",
                "How the record is sourced, how claims and dates are shown, and how to contribute.", about(periods, dataFiles)));
        if (region.isPresent()) {
            pages.add(Planning.page(PlaceMaps.PAGE, "map", "page", "places", "Map",
                    "Where the places of the record are, each sized by the number of events that name it.",
                    new FixedModel()));
        }
        // Without the site's address, the 404 page cannot link from the root: it carries its styles
        // and finds the root itself (templates/404-standalone.peb).
        pages.add(Planning.page(PagePaths.NOT_FOUND, config.baseUrl().isPresent() ? "404" : "404-standalone", "page", "",
                "Page not found", "The page you asked for does not exist.", new FixedModel()));
        pages.add(Planning.page(PagePaths.SEARCH, "search", "page", "", "Search",
                "Search the record: events, agreements, actors, places and sources.", new FixedModel()));
        pages.addAll(redirects(pages));
        if (region.isPresent()) pages = new ArrayList<>(PlaceMaps.attach(pages, site, region.get()));
        pages = SocialCards.attach(pages, config);
        PathCollisions.report(pages, problems);
        Manifest manifest = Manifest.of(pages, config.baseUrl().isPresent(), dataFiles);
        manifest.reportCollisions(problems);
        Directory directory = new Directory(site.actors(), site.places(), site.agreements(), site.sources(),
                site.topics(), config, site.passages().anchors());
        return new SitePlan(List.copyOf(pages), directory, periods, manifest, searchDocuments.get());
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

    private AboutModel about(List<AgreementPeriods.Period> periods, List<String> dataFiles) {
        List<Event> events = site.chronology().events();
        return new AboutModel(events.size(),
                (int) events.stream().map(Event::date).filter(d -> d.precision() == DatePrecision.MONTH).count(),
                (int) events.stream().map(Event::date).filter(EventDate::approximate).count(),
                site.claimSets().stream().mapToInt(s -> s.claims().size()).sum(),
                (int) site.claimSets().stream().filter(ClaimSet::disputed).count(),
                site.sources().size(), periods, config.baseUrl().isPresent(),
                dataFiles.stream().map(f -> Manifest.DATA + f).toList());
    }


}
