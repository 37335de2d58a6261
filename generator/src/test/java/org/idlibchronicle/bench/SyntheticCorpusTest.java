package org.idlibchronicle.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.idlibchronicle.pipeline.BuildSummary;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.pipeline.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' corpus builds: a generator that writes a record the build refuses makes every
 * benchmark on it fail (as it did once quotes became required and its made-up citations had none).
 */
class SyntheticCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void aSmallCorpusBuildsWithAllItsEvents() throws Exception {
        Path corpus = tmp.resolve("corpus");
        SyntheticCorpus.main(new String[] {corpus.toString(), "40"});
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            BuildSummary built = new SiteBuild(Project.at(corpus).withSite(tmp.resolve("site")), ps).run();
            assertEquals(40, built.pagesByKind().get("event"), log.toString(StandardCharsets.UTF_8));
        }
    }
}
