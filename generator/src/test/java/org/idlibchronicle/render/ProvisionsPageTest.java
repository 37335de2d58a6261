package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.testsupport.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page type presented from its model by its template alone (the provisions overview), and the
 * {@code item("kind:id")} function such templates reach other pages with.
 */
class ProvisionsPageTest {
    @TempDir
    Path tmp;

    @Test
    void everyProvisionIsListedWithItsLinkedEventsByRelation() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        Document page = Jsoup.parse(f.site().resolve("provisions.html").toFile(), "UTF-8");
        List<Element> rows = page.select("table.provisions tbody tr");
        assertEquals(List.of("A demilitarized zone", "Joint Turkish–Russian patrols"),
                rows.stream().map(r -> r.selectFirst("th").text()).toList());
        Element zone = rows.get(0);
        assertEquals("agreements/sochi-memorandum-2018.html#provision-demilitarized-zone",
                zone.selectFirst("th a").attr("href"));
        // The fixture's shelling of 16 February 2019 violates the demilitarized zone.
        assertEquals(List.of("Sochi memorandum", "0", "1", "0"), zone.select("td").eachText());
        assertTrue(Files.readString(f.site().resolve("agreements/index.html")).contains("href=\"../provisions.html\""));
    }

    @Test
    void theItemFunctionLinksRelativeToThePageAndRejectsAnUnknownKind() throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("t.peb"), "{{ item(\"agreement:sochi#dmz\") }} {{ item(\"place:x\") }}");
        Files.writeString(templates.resolve("bad.peb"), "{{ item(\"town:x\") }}");
        PageTemplates t = new PageTemplates(templates, Map.of());
        SiteConfig site = SiteConfig.load(Fixture.in(tmp.resolve("f")).root());
        Views.Page page = new Views.Page("events/2020/x.html", "../../", "X", "", "event", "chronology");
        assertEquals("../../agreements/sochi.html#provision-dmz ../../places/x.html", t.render("t", page, site, Map.of()));
        RuntimeException e = assertThrows(RuntimeException.class, () -> t.render("bad", page, site, Map.of()));
        assertTrue(e.getMessage().contains("item(\"town:x\") names no kind of the registry"), e.getMessage());
    }
}
