package org.idlibchronicle.render.export;

import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.history.ContentHistory;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.plan.SitePlan;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.render.feed.AtomFeed;
import org.idlibchronicle.render.feed.Sitemap;

/** The export stage: everything built besides the pages: data files, the feed, robots.txt, the sitemap. */
public final class Exports {
    private Exports() {}

    /**
     * The export files with the feed's entries dated by their events' dates.
     *
     * @param pages the paths of the rendered pages, sorted
     */
    public static List<OutputFile> files(LinkedSite site, SitePlan plan, List<String> pages, SiteConfig config) {
        return files(site, plan, pages, config, ContentHistory.none());
    }

    /**
     * The export files with the feed's entries dated by when {@code history} says their files last changed.
     *
     * @param pages the paths of the rendered pages, sorted
     */
    public static List<OutputFile> files(LinkedSite site, SitePlan plan, List<String> pages, SiteConfig config,
                                         ContentHistory history) {
        List<OutputFile> out = new ArrayList<>(DataExports.files(site, plan.periods()));
        out.add(AtomFeed.write(site, config, config.title(), config.tagline(), history));
        // The sitemap lists current addresses only: a former id's page is not one.
        java.util.Set<String> redirects = new java.util.HashSet<>();
        plan.pages().stream().filter(p -> p.kind().equals(org.idlibchronicle.plan.Planner.REDIRECT))
                .forEach(p -> redirects.add(p.path().value()));
        out.addAll(Sitemap.files(pages.stream().filter(p -> !redirects.contains(p)).toList(), config));
        return List.copyOf(out);
    }
}
