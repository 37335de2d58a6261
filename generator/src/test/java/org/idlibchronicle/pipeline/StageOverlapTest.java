package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 28: stages that need only the plan run beside render instead of after it, so that both
 * cores stay busy to the end of the build. Each test holds one stage until another has made
 * something: stages run one after the other never get there (a latch that is never opened; the
 * wait's limit only keeps a failing test from hanging, it measures nothing).
 */
class StageOverlapTest {
    @TempDir
    Path tmp;

    private SiteBuild build(Fixture f) {
        return new SiteBuild(Project.at(f.root()).withSite(f.site()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void theSocialCardsAreMadeWhileThePagesRender() throws Exception {
        Fixture f = Fixture.in(tmp);
        CountDownLatch cardMade = new CountDownLatch(1);
        AtomicBoolean held = new AtomicBoolean();
        AtomicReference<Boolean> cardWhileRendering = new AtomicReference<>();
        build(f).generateInto(file -> {
            if (file.kind().equals("card")) {
                cardMade.countDown();
            } else if (file.path().endsWith(".html") && held.compareAndSet(false, true)) {
                // The first page made waits, holding render, until a card is made.
                cardWhileRendering.set(await(cardMade));
            }
        });
        assertTrue(cardWhileRendering.get(), "no card was made while render held its first page");
    }

    @Test
    void theRecordIsLinkedWhileItIsChecked() throws Exception {
        Fixture f = Fixture.in(tmp);
        CountDownLatch linking = new CountDownLatch(1);
        AtomicInteger checks = new AtomicInteger();
        AtomicReference<Boolean> linkedWhileChecking = new AtomicReference<>();
        build(f).watchingStages(stage -> {
            if (stage.equals("link")) linking.countDown();
            // The second check stage is the checks themselves (the first gathers the documents' texts).
            if (stage.equals("check") && checks.incrementAndGet() == 2) linkedWhileChecking.set(await(linking));
        }).generateInto(file -> { });
        assertTrue(linkedWhileChecking.get(), "the link stage did not start while the checks were held");
    }

    @Test
    void theSearchIndexStartsBeforeThePlanIsMade() throws Exception {
        assertTrue(startsWhileHeld("index", "plan"), "the index stage did not start while the plan stage was held");
    }

    @Test
    void theExportIsMadeWhileThePagesRender() throws Exception {
        assertTrue(startsWhileHeld("export", "render"), "the export stage did not start while the render stage was held");
    }

    /** Whether stage {@code started} starts while stage {@code held} is held at its start. */
    private boolean startsWhileHeld(String started, String held) throws Exception {
        Fixture f = Fixture.in(tmp);
        CountDownLatch starting = new CountDownLatch(1);
        AtomicReference<Boolean> startedWhileHeld = new AtomicReference<>();
        build(f).watchingStages(stage -> {
            if (stage.equals(started)) starting.countDown();
            if (stage.equals(held)) startedWhileHeld.set(await(starting));
        }).generateInto(file -> { });
        return startedWhileHeld.get();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
