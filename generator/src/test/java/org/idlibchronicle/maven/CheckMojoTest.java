package org.idlibchronicle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.idlibchronicle.Commands;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 27: `mvn site-check` runs every check of a build in seconds and writes nothing. */
class CheckMojoTest {
    private static final String EVENT = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";

    @TempDir
    Path tmp;

    @Test
    void aGoodRecordIsCheckedInOneLineAndNothingIsWritten() throws Exception {
        Fixture f = Fixture.in(tmp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Commands.check(Project.at(f.root()), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.matches("Checked \\d+ files of content/ \\(\\d+ pages planned\\) in \\d+\\.\\d s: no errors, 0 warnings"), line);
        assertFalse(Files.exists(f.site()), "nothing is written");
    }

    @Test
    void errorsArePrintedAsABuildPrintsThemAndFailTheGoalWithTheirCount() {
        Fixture f = Fixture.in(tmp);
        f.write(EVENT, f.read(EVENT).replace("places: [sochi,", "places: [sochii,"));
        // A page colliding with another is found too: the check plans the site.
        f.write("content/actors/index.yaml", "name: Index\nkind: armed-group\ndescription: A group.[^sohr-2019-02-16]\n");
        CheckMojo mojo = new CheckMojo();
        mojo.root = f.root().toFile();
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        MojoFailureException e;
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            e = assertThrows(MojoFailureException.class, mojo::execute);
        } finally {
            System.setErr(err);
        }
        assertEquals("2 errors in content/: fix them and check again (nothing was built)", e.getMessage());
        String printed = log.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains(EVENT + ":"), printed);
        assertTrue(printed.contains("content/actors/index.yaml:1:1: error:"), printed);
        assertFalse(Files.exists(f.site()));
    }

    /** In a GitHub workflow (or with -Dsite.annotations=github), each problem is also an annotation line. */
    @Test
    void problemsAreAlsoAnnotationsWhenAsked() {
        Fixture f = Fixture.in(tmp);
        f.write(EVENT, f.read(EVENT).replace("places: [sochi,", "places: [sochii,"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String before = System.getProperty(org.idlibchronicle.diag.Annotations.PROPERTY);
        System.setProperty(org.idlibchronicle.diag.Annotations.PROPERTY, "github");
        try {
            assertThrows(org.idlibchronicle.pipeline.BuildFailedException.class, () -> Commands.check(Project.at(f.root()),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(log, true, StandardCharsets.UTF_8)));
        } finally {
            if (before == null) System.clearProperty(org.idlibchronicle.diag.Annotations.PROPERTY);
            else System.setProperty(org.idlibchronicle.diag.Annotations.PROPERTY, before);
        }
        String printed = log.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("\n::error file=" + EVENT + ",line="), printed);
        assertTrue(printed.contains(EVENT + ":"), "the compiler-style line stays: " + printed);
    }
}
