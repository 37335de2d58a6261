package org.idlibchronicle.render.feed;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.config.SiteConfig;

/**
 * {@code robots.txt} always, and {@code sitemap.xml} only when the site has a configured address:
 * a sitemap must list absolute URLs, and we do not invent a domain. The sitemap lists every page
 * but the 404 page, sorted by path, without {@code lastmod} (the build has no honest date for it).
 */
public final class Sitemap {
    public static final String PATH = org.idlibchronicle.plan.Manifest.SITEMAP;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {}

    /** {@code robots.txt}: everything allowed, and the sitemap's address when there is one. */
    public static OutputFile robots(SiteConfig config) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        config.absolute(PATH).ifPresent(url -> robots.append("\nSitemap: ").append(url).append('\n'));
        return OutputFile.text(org.idlibchronicle.plan.Manifest.ROBOTS, "meta", robots.toString());
    }

    /** @param pages the paths of the rendered pages, sorted */
    public static List<OutputFile> files(List<String> pages, SiteConfig config) {
        List<OutputFile> out = new ArrayList<>();
        out.add(robots(config));
        if (config.baseUrl().isPresent()) out.add(sitemap(pages, config, java.util.Map.of()));
        return out;
    }

    /**
     * {@code sitemap.xml}, for a site with an address: every page's absolute address, and for a page
     * made from a content file, the day that file last changed in git ({@code lastmod}), so that a
     * search engine revisits what was corrected.
     *
     * @param lastChanged when each page's content file last changed, by page path; pages without are listed without
     */
    public static OutputFile sitemap(List<String> pages, SiteConfig config, java.util.Map<String, java.time.Instant> lastChanged) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(NS);
            for (String page : pages) {
                if (!page.endsWith(".html") || page.equals("404.html")) continue;
                w.writeCharacters("\n");
                w.writeStartElement("url");
                w.writeStartElement("loc");
                w.writeCharacters(config.absolute(page).orElseThrow());
                w.writeEndElement();
                java.time.Instant changed = lastChanged.get(page);
                if (changed != null) {
                    w.writeStartElement("lastmod");
                    w.writeCharacters(java.time.LocalDate.ofInstant(changed, java.time.ZoneOffset.UTC).toString());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return OutputFile.text(PATH, "meta", text + "\n");
    }
}
