package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.idlibchronicle.testsupport.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator serves another record by changing {@code content/} and {@code site.yaml} alone: a
 * small made-up record on another subject builds, and no file of its site names the first one's
 * subject, places or parties.
 */
class AnotherRecordTest {
    private static final Path OTHER = Fixture.REPO.resolve("generator/src/test/resources/other-site");
    /** Words of the Idlib record that would show that text of it is built into the generator. */
    private static final List<String> FOREIGN = List.of("idlib", "syria", "turkey", "russia", "sochi", "sohr", "hts",
            "ma'arrat", "saraqib");

    @TempDir
    Path tmp;

    @Test
    void buildsAndNoPageNamesTheFirstRecord() throws Exception {
        Fixture.copyTree(OTHER, tmp);
        for (String part : List.of("templates", "assets", "schemas")) {
            Fixture.copyTree(Fixture.REPO.resolve(part), tmp.resolve(part));
        }
        BuildSummary summary = new SiteBuild(Project.at(tmp), new PrintStream(OutputStream.nullOutputStream())).run();
        assertEquals(1, summary.pagesByKind().get("event"));

        Map<String, byte[]> site = Fixture.snapshot(tmp.resolve("site"));
        assertTrue(site.size() > 20, site.keySet().toString());
        site.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            for (String word : FOREIGN) {
                // Whole words: "hts" must not match inside "rights".
                assertFalse(text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(word) + "\\b.*"),
                        path + " says '" + word + "'");
            }
        });
        Document home = Jsoup.parse(tmp.resolve("site/index.html").toFile(), "UTF-8");
        assertEquals("Riverbank Ledger", home.title());
        assertEquals("A made-up record that exercises every page of the generator on another subject.",
                home.selectFirst(".lede").text());
        assertEquals(List.of("Chronology", "Agreements", "Actors", "Places", "Topics", "Sources"),
                home.select("nav[aria-label=Sections] a").eachText());
        Document about = Jsoup.parse(tmp.resolve("site/about.html").toFile(), "UTF-8");
        assertEquals("Riverbank Ledger is test data; nothing in it happened.", about.selectFirst(".lede").text());
    }
}
