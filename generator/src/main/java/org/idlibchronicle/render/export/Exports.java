package org.idlibchronicle.render.export;

import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.plan.SitePlan;
import org.idlibchronicle.render.OutputFile;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.render.feed.AtomFeed;
import org.idlibchronicle.render.feed.Sitemap;

/** The export stage: everything built besides the pages: data files, the feed, robots.txt, the sitemap. */
public final class Exports {
    private Exports() {}

    /** @param pages the paths of the rendered pages, sorted */
    public static List<OutputFile> files(LinkedSite site, SitePlan plan, List<String> pages, SiteConfig config) {
        List<OutputFile> out = new ArrayList<>(DataExports.files(site, plan.periods()));
        out.add(AtomFeed.write(site, config, config.title(), config.tagline()));
        out.addAll(Sitemap.files(pages, config));
        return List.copyOf(out);
    }
}
