package org.idlibchronicle.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.pipeline.SiteBuild;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the dev server serves after each step of a rebuild. */
class LiveBuildTest {
    private static final String EVENT = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";
    private static final String PAGE = "events/2018/2018-09-17-sochi-memorandum-agreed.html";

    @TempDir
    Path tmp;
    private final PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void theSearchIndexAndDataFilesAreServedWholeFromOneBuild() throws Exception {
        Fixture f = Fixture.in(tmp);
        Project project = Project.at(f.root());
        LiveBuild live = new LiveBuild(project, quiet);
        live.initial();
        SiteSnapshot first = live.served();

        f.write(EVENT, f.read(EVENT).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                "title: Putin and Erdogan agree on a demilitarized zone"));
        Map<String, byte[]> fresh = new TreeMap<>();
        for (OutputFile file : new SiteBuild(project, quiet).generate().files()) fresh.put(file.path(), file.bytes());
        Set<String> pagePaths = new SiteBuild(project, quiet).generate(false).files().stream()
                .map(OutputFile::path).collect(Collectors.toSet());
        Set<String> extras = fresh.keySet().stream().filter(p -> !pagePaths.contains(p)).collect(Collectors.toSet());
        assertTrue(extras.stream().anyMatch(p -> !Arrays.equals(first.file(p), fresh.get(p))),
                "the edit changes the search index or the data files");

        live.rebuild(false);
        SiteSnapshot pagesDone = live.served();
        assertTrue(new String(pagesDone.file(PAGE), StandardCharsets.UTF_8).contains("agree on a demilitarized zone"));
        for (String p : extras) assertArrayEquals(first.file(p), pagesDone.file(p), "before the follow-up: " + p);

        live.followUp();
        SiteSnapshot followedUp = live.served();
        for (String p : extras) assertArrayEquals(fresh.get(p), followedUp.file(p), "after the follow-up: " + p);
    }

    @Test
    void thePagesOpenInABrowserAreServedAndWrittenBeforeTheRestIsMade() throws Exception {
        Fixture f = Fixture.in(tmp);
        Project project = Project.at(f.root());
        LiveBuild live = new LiveBuild(project, quiet);
        live.initial();
        String month = "chronology/2018-09.html";
        assertTrue(text(live.served(), month).contains("agree on a buffer zone"), "the month page lists the event");

        f.write(EVENT, f.read(EVENT).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                "title: Putin and Erdogan agree on a demilitarized zone"));
        java.util.List<java.util.List<String>> shown = new java.util.ArrayList<>();
        java.util.List<String> monthWhenShown = new java.util.ArrayList<>();
        java.util.List<String> fileWhenShown = new java.util.ArrayList<>();
        LiveBuild.Result result = live.rebuild(false, null, Set.of(PAGE), changed -> {
            shown.add(changed);
            monthWhenShown.add(text(live.served(), month));
            try {
                fileWhenShown.add(java.nio.file.Files.readString(project.site().resolve(PAGE)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertEquals(java.util.List.of(java.util.List.of(PAGE)), shown, "the open page, once, before the rest");
        assertTrue(monthWhenShown.get(0).contains("agree on a buffer zone"), "the rest was not made yet");
        assertTrue(fileWhenShown.get(0).contains("agree on a demilitarized zone"), "the open page is written at once");
        assertEquals(java.util.List.of(PAGE), result.shownFirst().changed());
        assertTrue(result.changed().containsAll(java.util.List.of(PAGE, month)), "every changed page: " + result.changed());
        assertTrue(text(live.served(), month).contains("agree on a demilitarized zone"), "then the rest");
        for (OutputFile fresh : new SiteBuild(project, quiet).generate(false).files()) {
            assertArrayEquals(fresh.bytes(), live.served().file(fresh.path()), fresh.path());
        }

        // The open page unchanged by the next edit: nothing shown early, the other pages as before.
        f.write(EVENT, f.read(EVENT).replace("The two presidents agreed", "Both presidents agreed"));
        shown.clear();
        live.rebuild(false, null, Set.of("actors/turkey.html"), shown::add);
        assertEquals(java.util.List.of(), shown);
    }

    private static String text(SiteSnapshot site, String path) {
        return new String(site.file(path), StandardCharsets.UTF_8);
    }
}
