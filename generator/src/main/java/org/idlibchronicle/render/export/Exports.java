package org.idlibchronicle.render.export;

import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.history.ContentHistory;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.plan.Manifest;
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
    public static List<OutputFile> files(LinkedSite site, SitePlan plan, List<String> pages, SiteConfig config,
                                         List<? extends KindExports> kinds) {
        return files(site, plan, pages, config, ContentHistory.none(), kinds);
    }

    /**
     * The export files with the feed's entries dated by when {@code history} says their files last changed.
     *
     * @param pages the paths of the rendered pages, sorted
     * @param kinds the kinds, which make the data files they declared to the plan
     */
    public static List<OutputFile> files(LinkedSite site, SitePlan plan, List<String> pages, SiteConfig config,
                                         ContentHistory history, List<? extends KindExports> kinds) {
        // One loop over the plan's files: each export is made at the path the manifest gives it.
        List<OutputFile> out = new ArrayList<>();
        java.util.Set<String> redirects = redirects(plan);
        for (Manifest.Output o : plan.manifest().outputs()) {
            switch (o.format()) {
                case DATA -> out.add(DataExports.file(o.path(), site, plan.periods(), kinds));
                case FEED -> out.add(AtomFeed.write(site, config, config.title(), config.tagline(), history));
                case SITEMAP -> out.add(o.path().equals(Manifest.ROBOTS) ? Sitemap.robots(config)
                        // The sitemap lists current addresses only: a former id's page is not one.
                        : Sitemap.sitemap(pages.stream().filter(p -> !redirects.contains(p)).toList(), config,
                                lastChanged(plan, history)));
                default -> { } // pages, search files, assets and the marker are other stages' outputs
            }
        }
        return List.copyOf(out);
    }

    private static java.util.Set<String> redirects(SitePlan plan) {
        java.util.Set<String> out = new java.util.HashSet<>();
        plan.manifest().of(org.idlibchronicle.plan.OutputFormat.REDIRECT).forEach(o -> out.add(o.path()));
        return out;
    }

    /** When each item page's content file last changed, by page path. */
    private static java.util.Map<String, java.time.Instant> lastChanged(SitePlan plan, ContentHistory history) {
        java.util.Map<String, java.time.Instant> out = new java.util.HashMap<>();
        for (org.idlibchronicle.plan.PlannedPage p : plan.pages()) {
            p.origin().flatMap(o -> history.lastChanged(java.nio.file.Path.of(o.path())))
                    .ifPresent(t -> out.put(p.path().value(), t));
        }
        return out;
    }
}
