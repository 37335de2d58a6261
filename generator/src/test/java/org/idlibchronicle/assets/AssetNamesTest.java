package org.idlibchronicle.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.testsupport.Fixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26: assets are published under names carrying the hash of their bytes, so two deploys never
 * mix a page with another deploy's stylesheet or script; the pages, which name them, are the only
 * fixed addresses, and every name they link is a file of the site.
 */
class AssetNamesTest {
    @TempDir
    Path tmp;

    @Test
    void aNameCarriesTheHashOfItsBytes() {
        AssetNames a = AssetNames.hashed(List.of(OutputFile.text("assets/css/site.css", "asset", "body{}")));
        AssetNames b = AssetNames.hashed(List.of(OutputFile.text("assets/css/site.css", "asset", "body{color:red}")));
        String name = a.paths().get("css/site.css");
        assertTrue(name.matches("assets/css/site\\.[0-9a-f]{8}\\.css"), name);
        assertEquals(name, a.files().get(0).path());
        assertNotEquals(name, b.paths().get("css/site.css"), "other bytes, another name");
        assertEquals(name, AssetNames.hashed(List.of(OutputFile.text("assets/css/site.css", "asset", "body{}")))
                .paths().get("css/site.css"), "the same bytes, the same name");
    }

    @Test
    void theDevServersNamesAreTheFilesOwn() throws Exception {
        Path assets = Files.createDirectories(tmp.resolve("assets/css")).getParent();
        Files.writeString(assets.resolve("css/site.css"), "x");
        assertEquals("assets/css/site.css", AssetNames.asWrittenIn(assets).get("css/site.css"), "the dev server's names are the files' own");
    }

    @Test
    void everyPageLinksThePublishedAssets() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        int links = 0;
        try (var pages = Files.walk(f.site())) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                var doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (var e : doc.select("link[href*=assets/], script[src*=assets/]")) {
                    String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    assertTrue(ref.matches(".*assets/.*\\.[0-9a-f]{8}\\.[a-z]+"), page + ": " + ref);
                    assertTrue(Files.isRegularFile(page.getParent().resolve(ref).normalize()), page + ": " + ref);
                    links++;
                }
            }
        }
        assertTrue(links > 50, links + " asset links");
        assertTrue(Files.notExists(f.site().resolve("assets/css/site.css")), "no file under its unhashed name");
    }
}
