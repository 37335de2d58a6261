package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.idlibchronicle.testsupport.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the fixture content tree, asserted on the HTML it writes. */
class SiteBuildTest {
    @TempDir
    Path tmp;

    private Document page(Fixture f, String path) throws Exception {
        return Jsoup.parse(f.site().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void buildsEventAgreementAndIndexPagesFromContent() throws Exception {
        Fixture f = Fixture.in(tmp);
        BuildSummary summary = f.build();

        assertEquals(3, summary.pagesByKind().get("event"));
        assertEquals(1, summary.pagesByKind().get("agreement"));
        assertTrue(summary.searchDocuments() > 10);
        assertTrue(summary.format().matches("(?s).*Stages: history \\d+ ms, load \\d+ ms, check \\d+ ms, link \\d+ ms, plan .*"), summary.format());

        Document home = page(f, "index.html");
        assertEquals("Idlib Chronicle", home.title());
        assertNotNull(home.selectFirst("a[href=agreements/sochi-memorandum-2018.html]"));

        Document event = page(f, "events/2018/2018-09-17-sochi-memorandum-agreed.html");
        assertEquals("Putin and Erdogan agree on a buffer zone in Idlib", event.selectFirst("h1").text());
        // An item link becomes a relative page link.
        assertNotNull(event.selectFirst(".body a[href=../../places/idlib-governorate.html]"));
        assertNotNull(event.selectFirst(".body a[href=../../agreements/sochi-memorandum-2018.html#provision-joint-patrols]"));
        // Footnotes: a source cited twice is one note with two back-links, and carries its citation.
        Element first = event.selectFirst(".notes li#fn-1");
        assertTrue(first.text().contains("Idlib Agreement Turkey Russia"), first.text());
        assertEquals(2, first.select("a.backref").size());
        assertEquals(3, event.select(".body sup.fnref").size());
        assertEquals(2, event.select(".notes li").size());

        Document agreement = page(f, "agreements/sochi-memorandum-2018.html");
        Element patrols = agreement.getElementById("provision-demilitarized-zone");
        assertNotNull(patrols);
        assertTrue(patrols.select(".compliance a").text().contains("HTS and Turkish officials"),
                "the provision lists the events that bear on it");
        assertTrue(patrols.select(".compliance .rel").text().contains("violated"));
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.buildInto(tmp.resolve("one"));
        f.buildInto(tmp.resolve("two"));
        Map<String, byte[]> one = Fixture.snapshot(tmp.resolve("one"));
        Map<String, byte[]> two = Fixture.snapshot(tmp.resolve("two"));
        assertEquals(one.keySet(), two.keySet());
        one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), path));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        Map<String, byte[]> before = Fixture.snapshot(f.site());
        f.write("content/places/sochi.yaml", "name: Sochi\nkind: metropolis\n");

        BuildFailedException e = assertThrows(BuildFailedException.class, f::build);

        assertTrue(f.log().contains("content/places/sochi.yaml:2:7: error: 'kind' is 'metropolis'"), f.log());
        assertTrue(e.getMessage().contains("site/ was left unchanged"));
        Map<String, byte[]> after = Fixture.snapshot(f.site());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        try (var siblings = Files.list(tmp)) {
            // .site.lock stays: the file the builds' lock is taken on, empty.
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().startsWith(".site.")
                            && !p.getFileName().toString().equals(".site.lock")), "no staging folder is left behind");
        }
    }

    @Test
    void aBuildFailureHasNoStackTrace() {
        BuildFailedException e = new BuildFailedException("x", java.util.List.of());
        assertEquals(0, e.getStackTrace().length);
    }

    /** A record with a region but no located place (mutation case 2086 of the 5,000-case run) builds its map page. */
    @Test
    void aRegionWithNoLocatedPlaceStillBuildsTheMapPage() throws Exception {
        Fixture f = Fixture.in(tmp);
        String place = "content/places/maarat-al-numan.yaml";
        f.write(place, f.read(place).replaceAll("(?m)^location:.*\n", ""));
        f.build();
        String map = Files.readString(f.site().resolve("map.html"));
        assertTrue(map.contains("No place of the record has a checked position yet"), map);
    }

    /**
     * The About page offers every data file the plan has, as the kinds declared them: its list was
     * kept by hand and left {@code topics.json} out.
     */
    @Test
    void theAboutPageLinksEveryPlannedDataFile() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        org.idlibchronicle.plan.Manifest manifest = new SiteBuild(Project.at(f.root()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).generate().plan().manifest();
        java.util.Set<String> planned = manifest.of(org.idlibchronicle.plan.OutputFormat.DATA).stream()
                .map(org.idlibchronicle.plan.Manifest.Output::path).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> linked = page(f, "about.html").select("#data a[href^=data/]").stream()
                .map(a -> a.attr("href")).collect(java.util.stream.Collectors.toSet());
        assertTrue(planned.contains("data/topics.json"), planned.toString());
        assertEquals(planned, linked);
    }

    /**
     * Issue 26: the plan lists every file in site/: each file written is planned (exactly, or in
     * the search index's or the assets' folder), and each planned file is written.
     */
    @Test
    void theFilesWrittenAreExactlyTheFilesPlanned() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write("site.yaml", f.read("site.yaml") + "url: https://example.org/chronicle/\n");
        f.build();
        java.util.Set<String> written;
        try (var files = java.nio.file.Files.walk(f.site())) {
            written = files.filter(java.nio.file.Files::isRegularFile)
                    .map(p -> f.site().relativize(p).toString().replace('\\', '/')).collect(java.util.stream.Collectors.toSet());
        }
        org.idlibchronicle.plan.Manifest manifest = new SiteBuild(Project.at(f.root()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).generate().plan().manifest();
        assertEquals(java.util.Set.of(), manifest.unplanned(written));
        assertEquals(java.util.Set.of(), manifest.missing(written));
        assertTrue(written.contains("sitemap.xml") && written.stream().anyMatch(p -> p.startsWith("search/")), written.toString());
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> manifest.checkWrittenAsPlanned(union(written, "stray/page.html")));
        assertTrue(e.getMessage().contains("written but not planned [stray/page.html]"), e.getMessage());
    }

    private static java.util.Set<String> union(java.util.Set<String> a, String b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.add(b);
        return out;
    }

    /** Issue 26: an output folder that cannot be made is the machine's failure, said plainly, not a generator bug. */
    @Test
    void anOutputFolderThatCannotBeMadeIsSaidPlainly(@TempDir Path outside) throws Exception {
        Fixture f = Fixture.in(tmp);
        Path file = java.nio.file.Files.writeString(outside.resolve("a-file"), "not a folder");
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new SiteBuild(
                Project.at(f.root()).withSite(file.resolve("site")), new java.io.PrintStream(log)).run());
        assertTrue(e.getMessage().startsWith("could not read or write " + file), e.getMessage());
        assertTrue(e.getMessage().endsWith("then build again (site/ was left unchanged)"), e.getMessage());
        assertFalse(e.getMessage().contains("bug"), e.getMessage());
    }
}
