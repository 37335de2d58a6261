package org.idlibchronicle.diag;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/**
 * Issue 26: a failure of the machine (a full disk, a folder the build may not write, too small a
 * heap) is said in a plain sentence with what to change; only the generator's own faults say
 * "this is a bug in the generator". A full disk used to say it was a bug.
 */
class FailuresTest {
    @Test
    void aFullDiskSaysToFreeSpaceNotToReportABug() {
        String line = Failures.describe(new GeneratorFault("content/events/x.md",
                new UncheckedIOException(new FileSystemException("/work/.site.build-1/events/x.html", null, "No space left on device"))));
        assertTrue(line.startsWith("could not read or write /work/.site.build-1/events/x.html: No space left on device: free some space"), line);
        assertFalse(line.contains("bug") || line.contains("Exception"), line);
    }

    @Test
    void aFolderTheBuildMayNotWriteSaysSo() {
        String line = Failures.describe(new UncheckedIOException(new AccessDeniedException("/srv/site")));
        assertTrue(line.contains("/srv/site") && line.contains("check that you may write there"), line);
    }

    @Test
    void runningOutOfMemorySaysHowToGiveMore() {
        String line = Failures.describe(new OutOfMemoryError("Java heap space"));
        assertTrue(line.contains("ran out of memory") && line.contains("MAVEN_OPTS=-Xmx"), line);
        assertFalse(line.contains("bug"), line);
    }

    @Test
    void anythingElseIsTheGeneratorsBugToReport() {
        String line = Failures.describe(new IllegalStateException("the plan has two pages at x.html"));
        assertTrue(line.contains("this is a bug in the generator") && line.contains("the plan has two pages"), line);
    }
}
