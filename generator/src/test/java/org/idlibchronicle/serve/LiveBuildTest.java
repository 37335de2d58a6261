package org.idlibchronicle.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
}
