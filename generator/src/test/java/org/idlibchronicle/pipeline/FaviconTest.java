package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.idlibchronicle.testsupport.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page names the site's icon, an SVG file of the site itself (no request to another host, no 404). */
class FaviconTest {
    @TempDir
    Path tmp;

    @Test
    void everyPageLinksTheSvgIconWhichExists() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(f.site())) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() > 5);
        for (Path page : pages) {
            Element icon = Jsoup.parse(page.toFile()).selectFirst("link[rel=icon]");
            assertTrue(icon != null, page + " has no icon");
            assertEquals("image/svg+xml", icon.attr("type"));
            Path file = page.getParent().resolve(icon.attr("href")).normalize();
            assertTrue(Files.isRegularFile(file), page + ": " + icon.attr("href") + " does not exist");
        }
        Document svg = Jsoup.parse(Files.readString(f.published("assets/img/favicon.svg")), "", Parser.xmlParser());
        assertEquals("svg", svg.child(0).tagName());
    }
}
