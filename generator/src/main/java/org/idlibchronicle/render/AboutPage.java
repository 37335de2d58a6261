package org.idlibchronicle.render;

import java.util.List;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.render.Views.Link;
import org.idlibchronicle.render.export.DataExports;
import org.idlibchronicle.render.feed.AtomFeed;

/**
 * The "About and method" page. Its text is in the template; this supplies what the text counts
 * (so it never goes stale), the download links, and how the shaded periods were found.
 */
final class AboutPage {
    static final String PATH = "about.html";

    public record Period(Link agreement, String from, String to, String until, boolean open) {}

    public record View(int events, int monthOnly, int approximate, int claims, int contested, int sources,
                       List<Link> downloads, List<Period> periods, boolean hasAddress) {}

    private AboutPage() {}

    static View build(LinkedSite site, SiteConfig config) {
        ViewBuilder v = new ViewBuilder(site, PATH);
        var events = site.chronology().events();
        List<Link> downloads = List.of(
                new Link("events.json", v.href(DataExports.DIR + "events.json")),
                new Link("events.csv", v.href(DataExports.DIR + "events.csv")),
                new Link("agreements.json", v.href(DataExports.DIR + "agreements.json")),
                new Link("claims.csv", v.href(DataExports.DIR + "claims.csv")),
                new Link("Atom feed of the latest " + AtomFeed.LIMIT + " events", v.href(AtomFeed.PATH)));
        List<Period> periods = AgreementPeriods.of(site).stream()
                .map(p -> new Period(v.agreement(new org.idlibchronicle.model.Ref(p.agreement().id(), null)),
                        Dates.day(p.start()), p.open() ? "" : Dates.day(p.end()), p.until(), p.open()))
                .toList();
        return new View(events.size(),
                (int) events.stream().filter(e -> e.date().precision() == DatePrecision.MONTH).count(),
                (int) events.stream().filter(e -> e.date().approximate()).count(),
                site.claimSets().stream().mapToInt(s -> s.claims().size()).sum(),
                (int) site.claimSets().stream().filter(FiguresPage::disputed).count(),
                site.sources().size(), downloads, periods, config.baseUrl().isPresent());
    }
}
