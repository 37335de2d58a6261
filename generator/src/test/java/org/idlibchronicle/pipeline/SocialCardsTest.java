package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.idlibchronicle.testsupport.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30: every page a link can lead to has a social card, a PNG drawn at build time, named in
 * its head for link previews ({@code og:image} with its size and text, {@code twitter:card}); the
 * same record draws the same bytes, whether a card is drawn or read back from the cache.
 */
class SocialCardsTest {
    @TempDir
    Path tmp;

    private static List<Path> pages(Path site) throws Exception {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Map<String, byte[]> cards(Path site) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site.resolve("cards"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(site.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    @Test
    void everyPageButTheNotFoundPageAndRedirectsNamesItsCardWhichIsA1200By630Png() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        int withCards = 0;
        for (Path page : pages(f.site())) {
            Document doc = Jsoup.parse(page.toFile());
            String at = f.site().relativize(page).toString();
            var image = doc.selectFirst("meta[property=og:image]");
            boolean redirect = doc.selectFirst("meta[http-equiv=refresh]") != null;
            if (at.equals("404.html") || redirect) {
                assertNull(image, at + " needs no card");
                continue;
            }
            assertTrue(image != null, at + " has no og:image");
            String card = image.attr("content");
            assertEquals("cards/" + at.replace(".html", ".png"), page.getParent().resolve(card).normalize()
                    .toString().substring(f.site().toString().length() + 1), at);
            BufferedImage png = ImageIO.read(page.getParent().resolve(card).toFile());
            assertEquals(1200, png.getWidth(), at);
            assertEquals(630, png.getHeight(), at);
            assertEquals("1200", doc.selectFirst("meta[property=og:image:width]").attr("content"));
            assertEquals("630", doc.selectFirst("meta[property=og:image:height]").attr("content"));
            assertEquals("image/png", doc.selectFirst("meta[property=og:image:type]").attr("content"));
            assertEquals("summary_large_image", doc.selectFirst("meta[name=twitter:card]").attr("content"));
            assertTrue(doc.selectFirst("meta[property=og:image:alt]").attr("content")
                    .contains(doc.selectFirst("meta[property=og:title]").attr("content")), at);
            withCards++;
        }
        assertTrue(withCards > 20, withCards + " pages with cards");
        Document event = Jsoup.parse(f.site().resolve("events/2018/2018-09-17-sochi-memorandum-agreed.html").toFile());
        assertEquals("Event: Putin and Erdogan agree on a buffer zone in Idlib (17 September 2018). Idlib Chronicle",
                event.selectFirst("meta[property=og:image:alt]").attr("content"));
    }

    @Test
    void withAnAddressTheCardIsNamedByItsAbsoluteAddress() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write("site.yaml", f.read("site.yaml") + "url: https://example.org/chronicle/\n");
        f.build();
        Document event = Jsoup.parse(f.site().resolve("events/2018/2018-09-17-sochi-memorandum-agreed.html").toFile());
        assertEquals("https://example.org/chronicle/cards/events/2018/2018-09-17-sochi-memorandum-agreed.png",
                event.selectFirst("meta[property=og:image]").attr("content"));
        Document home = Jsoup.parse(f.site().resolve("index.html").toFile());
        assertEquals("https://example.org/chronicle/cards/index.png", home.selectFirst("meta[property=og:image]").attr("content"));
    }

    @Test
    void aRecordThatLeavesTheCardsOutHasNoCardsAndNoPageNamesOne() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write("site.yaml", f.read("site.yaml") + "social_cards: false\n");
        f.build();
        assertFalse(Files.exists(f.site().resolve("cards")), "no cards/ folder");
        assertFalse(Files.exists(f.root().resolve("target/social-cards")), "no card drawn for the cache either");
        List<Path> pages = pages(f.site());
        assertTrue(pages.size() > 20, pages.size() + " pages");
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile());
            assertNull(doc.selectFirst("meta[property=og:image]"), page + " names no card");
            assertNull(doc.selectFirst("meta[name=twitter:card]"), page + " asks for no large card");
        }
        // The rest of each page is the page with cards, less the card's lines.
        Fixture withCards = Fixture.in(tmp.resolve("with"));
        withCards.build();
        String path = "events/2018/2018-09-17-sochi-memorandum-agreed.html";
        Document with = Jsoup.parse(withCards.site().resolve(path).toFile());
        with.select("meta[property^=og:image], meta[name=twitter:card]").remove();
        Document without = Jsoup.parse(f.site().resolve(path).toFile());
        assertEquals(with.body().html(), without.body().html());
    }

    @Test
    void theSameRecordDrawsTheSameBytesWithOrWithoutTheCache() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        Map<String, byte[]> first = cards(f.site());
        assertTrue(Files.isDirectory(f.root().resolve("target/social-cards")), "the cards are kept for the next build");
        f.build();
        Map<String, byte[]> second = cards(f.site());
        var plan = new SiteBuild(Project.at(f.root()), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .generate(false).plan();
        int cards = 0;
        for (var page : plan.pages()) {
            if (page.card().isEmpty()) continue;
            cards++;
            var card = page.card().get();
            byte[] drawnNow = org.idlibchronicle.render.card.SocialCardImages.drawn(card);
            assertArrayEquals(drawnNow, first.get(card.path()), card.path() + " as the first build wrote it");
            assertArrayEquals(drawnNow, second.get(card.path()), card.path() + " read back from the cache");
        }
        assertEquals(first.keySet().size(), cards, "every card written is planned");
        // Kept, a card is put into the site as a link to the kept file, not read and written again.
        try (Stream<Path> walk = Files.walk(f.site().resolve("cards"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                assertEquals(2, ((Number) Files.getAttribute(p, "unix:nlink")).intValue(), p + " linked to its kept card");
            }
        }
    }

    @Test
    void aChangedTitleRedrawsItsCardAndNoOther() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        Map<String, byte[]> before = cards(f.site());
        String file = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";
        f.write(file, f.read(file).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                "title: Putin and Erdoğan agree on a buffer zone in Idlib"));
        f.build();
        Map<String, byte[]> after = cards(f.site());
        String card = "cards/events/2018/2018-09-17-sochi-memorandum-agreed.png";
        assertFalse(java.util.Arrays.equals(before.get(card), after.get(card)), "the card shows the new title");
        for (String other : before.keySet()) {
            if (!other.equals(card)) assertArrayEquals(before.get(other), after.get(other), other);
        }
        assertNotEquals(0, before.size());
    }
}
