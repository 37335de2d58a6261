package org.idlibchronicle.serve;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 31: a link in an old site/ (served while a first build fails) never serves a file from outside it. */
class SiteSnapshotTest {
    @TempDir
    Path tmp;

    @Test
    void aLinkToAFileOutsideTheSiteIsNotServed() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "outside the checkout");
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>home</p>");
        Files.createSymbolicLink(site.resolve("leak.txt"), secret);
        SiteSnapshot snapshot = SiteSnapshot.readFrom(site);
        assertNotNull(snapshot.file("index.html"));
        assertNull(snapshot.file("leak.txt"));
    }
}
