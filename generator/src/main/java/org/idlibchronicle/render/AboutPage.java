package org.idlibchronicle.render;

import org.idlibchronicle.text.Dates;
import java.util.List;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.render.Views.Link;
import org.idlibchronicle.render.feed.AtomFeed;

/**
 * The "About and method" page. Its text is in the template; this supplies what the text counts
 * (so it never goes stale), the download links, and how the shaded periods were found.
 */
final class AboutPage {
    public record Period(Link agreement, String from, String to, String until, boolean open) {}

    public record View(int events, int monthOnly, int approximate, int claims, int contested, int sources,
                       List<Link> downloads, List<Period> periods, boolean hasAddress) {}

    private AboutPage() {}

    static View build(PageModel.AboutModel m, ViewBuilder v) {
        // The data files the plan has, as the kinds declared them: a list kept here by hand left topics.json out.
        List<Link> downloads = new java.util.ArrayList<>();
        m.dataFiles().forEach(path -> downloads.add(new Link(path.substring(path.lastIndexOf('/') + 1), v.href(path))));
        downloads.add(new Link("Atom feed of the latest " + AtomFeed.LIMIT + " events", v.href(AtomFeed.PATH)));
        List<Period> periods = m.periods().stream()
                .map(p -> new Period(v.agreement(new org.idlibchronicle.model.Ref(p.agreement().id(), null)),
                        Dates.day(p.start()), p.open() ? "" : Dates.day(p.end()), p.until(), p.open()))
                .toList();
        return new View(m.events(), m.monthOnly(), m.approximate(), m.claims(), m.contested(), m.sources(), downloads,
                periods, m.hasAddress());
    }
}
