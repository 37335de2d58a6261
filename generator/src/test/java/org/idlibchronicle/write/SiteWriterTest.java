package org.idlibchronicle.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.idlibchronicle.output.OutputFile;
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
        assertEquals(List.of(site), leftBeside(site), "no staging or old folder left behind");
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
        assertEquals(List.of(site), leftBeside(site), "the staging folder was removed");
    }

    /**
     * The previous site is removed on several threads at once: unlinking its files waits on the
     * disk, not on a core, and on one thread it was the last three seconds of a 10,000-event build.
     * Two deletions must be under way together, or the barrier is never passed.
     */
    @Test
    void theOldSitesFilesAreDeletedSeveralAtOnce() throws Exception {
        Path old = tmp.resolve("old");
        for (int i = 0; i < 8; i++) {
            Files.createDirectories(old.resolve("events/" + (i % 2)));
            Files.writeString(old.resolve("events/" + (i % 2) + "/" + i + ".html"), "x");
        }
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        SiteWriter.deleteTree(old, file -> {
            if (calls.getAndIncrement() < 2) {
                try {
                    // Not a timing: a deletion on its own never sees a second one and would wait forever.
                    together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception alone) {
                    throw new java.io.IOException("no second deletion under way beside " + file, alone);
                }
            }
            Files.delete(file);
        });
        assertFalse(Files.exists(old));
        assertEquals(8, calls.get());
    }

    /** What is beside the site, but its lock file (which stays, empty, between builds). */
    private List<Path> leftBeside(Path site) throws Exception {
        try (var s = Files.list(site.getParent())) {
            return s.filter(p -> !p.getFileName().toString().equals(".site.lock")).sorted().toList();
        }
    }

    /** What a kill -9 between the swap's two renames leaves: the old site set aside, the new one staged, no site/. */
    private Path killedBetweenTheRenames() throws Exception {
        Path old = Files.createDirectories(tmp.resolve(".site.old-8271729351715453406"));
        Files.writeString(old.resolve("index.html"), "old");
        Files.writeString(old.resolve(OutputFolder.MARKER), "");
        Path staged = Files.createDirectories(tmp.resolve(".site.build-15384816139964104554/events"));
        Files.writeString(staged.resolve("a.html"), "new, never reported built");
        return tmp.resolve("site");
    }

    @Test
    void aSwapInterruptedByAKillIsUndoneAsSoonAsTheNextBuildStarts() throws Exception {
        Path site = killedBetweenTheRenames();
        SiteWriter.Staging next = new SiteWriter(site).begin();
        assertEquals("old", Files.readString(site.resolve("index.html")), "the previous site is back before anything is built");
        next.abort(); // the next build fails, say on a content mistake: the previous site stays
        assertEquals("old", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(site), leftBeside(site), "the dead build's folders are gone");
    }

    @Test
    void staleFoldersOfDeadBuildsAreRemovedByTheNextBuild() throws Exception {
        Path site = tmp.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "page", "A")));
        Files.createDirectories(tmp.resolve(".site.build-1/deep"));
        Files.writeString(tmp.resolve(".site.build-1/deep/x.html"), "13 MB of a killed build");
        Files.createDirectories(tmp.resolve(".site.old-2"));
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "page", "B")));
        assertEquals("B", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(site), leftBeside(site));
    }

    @Test
    void aSecondBuildIsRefusedInOneLineWhileOneIsWriting() throws Exception {
        Path site = tmp.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "page", "A")));
        SiteWriter.Staging first = new SiteWriter(site).begin();
        OutputFolder.Refused refused = assertThrows(OutputFolder.Refused.class, () -> new SiteWriter(site).begin());
        assertTrue(refused.getMessage().startsWith("another build is writing "), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"));
        first.write(OutputFile.text("index.html", "page", "B"));
        assertEquals(1, first.commit());
        assertEquals("B", Files.readString(site.resolve("index.html")));
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "page", "C"))); // free again
        assertEquals("C", Files.readString(site.resolve("index.html")));
    }

    /**
     * Issue 31 (F4): a build stopped by SIGTERM (Ctrl-C, a CI timeout) while it writes removes its
     * staging folder on the way out, and leaves the previous site as it was. Before, each stopped
     * build left a {@code .site.build-*} folder (up to 13 MB) beside the site.
     */
    @Test
    void aBuildStoppedWhileItWritesRemovesItsStagingFolder() throws Exception {
        Path site = tmp.resolve("site");
        new SiteWriter(site).write(List.of(OutputFile.text("index.html", "page", "previous")));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StagesAndWaits.class.getName(), site.toString())
                .redirectErrorStream(true).start();
        try {
            var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
            assertEquals("staged", out.readLine(), "the child began writing");
            assertEquals(2, leftBeside(site).size(), "its staging folder is there while it writes: " + leftBeside(site));
            child.destroy(); // SIGTERM
            assertTrue(child.waitFor(20, java.util.concurrent.TimeUnit.SECONDS), "the child stopped");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(List.of(site), leftBeside(site), "no staging folder is left behind");
        assertEquals("previous", Files.readString(site.resolve("index.html")));
    }

    /** A build that begins writing a site, says so, and waits to be stopped. */
    public static final class StagesAndWaits {
        public static void main(String[] args) throws Exception {
            SiteWriter.Staging staging = new SiteWriter(Path.of(args[0])).begin();
            staging.write(OutputFile.text("index.html", "page", "half-written"));
            System.out.println("staged");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
