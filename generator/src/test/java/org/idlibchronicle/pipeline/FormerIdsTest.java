package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.idlibchronicle.testsupport.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A renamed item keeps its old address working: the place once called {@code sochi-russia} and
 * the event once called {@code 2019-02-16-maarat-shelling} declare those ids in {@code former_ids},
 * and the build writes a page at each old address that leads to the current one, while the feed,
 * exports, sitemap and search know only current ids.
 */
class FormerIdsTest {
    private static final String PLACE = "content/places/sochi.yaml";
    private static final String EVENT = "content/events/2019/2019-02-16-shelling-maarat-al-numan.md";
    private static final Map<String, String> OLD_TO_NEW = Map.of(
            "places/sochi-russia.html", "places/sochi.html",
            "events/2019/2019-02-16-maarat-shelling.html", "events/2019/2019-02-16-shelling-maarat-al-numan.html");

    @TempDir
    Path tmp;

    private Fixture fixture;

    @BeforeEach
    void renamed() throws Exception {
        fixture = Fixture.in(tmp);
        fixture.write("site.yaml", fixture.read("site.yaml") + "url: https://example.org/chronicle/\n");
        fixture.write(PLACE, fixture.read(PLACE).replace("kind: city", "kind: city\nformer_ids: [sochi-russia]"));
        fixture.write(EVENT, fixture.read(EVENT).replace("\nplaces:", "\nformer_ids: [2019-02-16-maarat-shelling]\nplaces:"));
        fixture.build();
    }

    @Test
    void eachOldAddressLeadsToTheCurrentPageByRefreshLinkAndCanonical() throws Exception {
        for (var e : OLD_TO_NEW.entrySet()) {
            Path old = fixture.site().resolve(e.getKey());
            Document d = Jsoup.parse(old.toFile(), "UTF-8");
            String refresh = d.selectFirst("meta[http-equiv=refresh]").attr("content");
            assertTrue(refresh.startsWith("0; url="), refresh);
            String target = refresh.substring("0; url=".length());
            assertFalse(target.startsWith("/") || target.contains("://"), "relative, so that file:// works: " + target);
            Path resolved = old.getParent().resolve(target).normalize();
            assertEquals(fixture.site().resolve(e.getValue()), resolved, e.getKey());
            assertTrue(Files.isRegularFile(resolved));
            assertEquals(target, d.selectFirst("main a").attr("href"), "a visible link to the same page");
            assertEquals("https://example.org/chronicle/" + e.getValue(), d.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals("noindex", d.selectFirst("meta[name=robots]").attr("content"));
            String title = Jsoup.parse(resolved.toFile(), "UTF-8").selectFirst("h1").text();
            assertEquals(title, d.selectFirst("main a").text(), "the link names the page it leads to");
        }
    }

    @Test
    void theFeedExportsSitemapAndSearchKnowOnlyCurrentIds() throws Exception {
        try (var files = Files.walk(fixture.site())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = fixture.site().relativize(f).toString().replace('\\', '/');
                if (OLD_TO_NEW.containsKey(rel) || !rel.matches(".*\\.(xml|json|csv|txt|js)")) continue;
                String text = Files.readString(f, StandardCharsets.UTF_8);
                // The feed entry's permanent id is the one exception (below).
                if (rel.equals("feed.xml")) text = text.replace("<id>urn:idlib-chronicle:event:2019-02-16-maarat-shelling</id>", "");
                assertFalse(text.contains("sochi-russia"), rel);
                assertFalse(text.contains("maarat-shelling"), rel);
            }
        }
        String sitemap = Files.readString(fixture.site().resolve("sitemap.xml"));
        assertTrue(sitemap.contains("places/sochi.html"), "the current address is listed");
    }

    /**
     * Issue 26: an Atom entry's id never changes (RFC 4287 4.2.6), so a renamed event keeps the id
     * it was first published under; its link is the current page. Made from the current id, the
     * renamed event reached subscribers as a new entry beside the old one.
     */
    @Test
    void theFeedEntryOfARenamedEventKeepsItsFirstId() throws Exception {
        Document feed = Jsoup.parse(Files.readString(fixture.site().resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        var entry = feed.select("entry").stream()
                .filter(e -> e.selectFirst("link").attr("href").endsWith("2019-02-16-shelling-maarat-al-numan.html"))
                .findFirst().orElseThrow();
        assertEquals("urn:idlib-chronicle:event:2019-02-16-maarat-shelling", entry.selectFirst("id").text());
    }

    @Test
    void noPageLinksToAnOldAddress() throws Exception {
        try (var files = Files.walk(fixture.site())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String rel = fixture.site().relativize(f).toString().replace('\\', '/');
                if (OLD_TO_NEW.containsKey(rel)) continue;
                Document d = Jsoup.parse(f.toFile(), "UTF-8");
                assertTrue(d.select("a[href]").stream().noneMatch(a -> a.attr("href").contains("sochi-russia")
                        || a.attr("href").contains("maarat-shelling")), rel);
            }
        }
    }
}
