package org.idlibchronicle.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.idlibchronicle.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path tmp;

    @Test
    void replacesTheWholeSiteSoStaleFilesDisappear() throws Exception {
        Path site = tmp.resolve("site");
        SiteWriter w = new SiteWriter(site);
        w.write(List.of(OutputFile.text("a.html", "page", "A"), OutputFile.text("old/b.html", "page", "B")));
        w.write(List.of(OutputFile.text("a.html", "page", "A2")));
        assertEquals("A2", Files.readString(site.resolve("a.html")));
        assertFalse(Files.exists(site.resolve("old")));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(site), s.toList(), "no staging or old folder left behind");
        }
    }

    @Test
    void writesAssetsAsWrittenUnderAssets() throws Exception {
        Path assets = tmp.resolve("assets");
        Files.createDirectories(assets.resolve("css"));
        Files.writeString(assets.resolve("css/site.css"), "body{}");
        new SiteWriter(tmp.resolve("site")).write(org.idlibchronicle.assets.SiteAssets.asWritten(assets));
        assertEquals("body{}", Files.readString(tmp.resolve("site/assets/css/site.css")));
    }

    @Test
    void anOutputPathEscapingTheSiteIsRefusedAndThePreviousSiteKept() throws Exception {
        Path site = tmp.resolve("site");
        SiteWriter w = new SiteWriter(site);
        w.write(List.of(OutputFile.text("index.html", "page", "kept")));
        assertThrows(IllegalArgumentException.class,
                () -> w.write(List.of(OutputFile.text("../escaped.html", "page", "x"))));
        assertEquals("kept", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(tmp.resolve("escaped.html")));
        try (var s = Files.list(tmp)) {
            assertTrue(s.allMatch(p -> p.equals(site)), "the staging folder was removed");
        }
    }
}
