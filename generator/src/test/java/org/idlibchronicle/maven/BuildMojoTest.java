package org.idlibchronicle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `mvn site-gen` ends with: the goal's outcome as Maven reports it. */
class BuildMojoTest {
    private static final String EVENT = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";
    private static final String CLAIMS = "content/events/2019/2019-02-16-shelling-maarat-al-numan.md";

    @TempDir
    Path tmp;

    private static BuildMojo mojo(Fixture f) {
        BuildMojo mojo = new BuildMojo();
        mojo.root = f.root().toFile();
        return mojo;
    }

    private static void replace(Fixture f, String file, String from, String to) {
        String text = f.read(file);
        assertTrue(text.contains(from), "fixture " + file + " lacks: " + from);
        f.write(file, text.replace(from, to));
    }

    @Test
    void contentErrorsFailTheBuildWithTheirCountInWordsAndNothingElse() {
        Fixture f = Fixture.in(tmp);
        replace(f, EVENT, "places: [sochi,", "places: [sochii,");
        replace(f, CLAIMS, "  - claimant: sohr", "  - claimant: sohrr");

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(f).execute());

        // Maven prints this as "Failed to execute goal ...: <message>" then BUILD FAILURE.
        assertEquals("2 errors in content/: fix them and build again (site/ was left unchanged)", e.getMessage());
        assertNull(e.getCause(), "no generator exception behind it, so -e has no stack trace to show");
        assertFalse(Files.exists(f.site()), "no site was written");
    }

    @Test
    void oneErrorIsSingular() {
        Fixture f = Fixture.in(tmp);
        replace(f, EVENT, "places: [sochi,", "places: [sochii,");

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(f).execute());

        assertEquals("1 error in content/: fix them and build again (site/ was left unchanged)", e.getMessage());
    }

    @Test
    void theOutParameterChoosesWhereTheSiteGoes() throws Exception {
        Fixture f = Fixture.in(tmp);
        BuildMojo mojo = mojo(f);
        mojo.out = tmp.resolve("elsewhere").toFile();

        mojo.execute();

        assertTrue(Files.isRegularFile(tmp.resolve("elsewhere/index.html")));
        assertFalse(Files.exists(f.site()));
    }

    @Test
    void theUrlParameterGivesTheSiteItsAddress() throws Exception {
        Fixture f = Fixture.in(tmp);
        BuildMojo mojo = mojo(f);
        mojo.url = "https://example.org/chronicle";

        mojo.execute();

        assertTrue(f.read("site/sitemap.xml").contains("<loc>https://example.org/chronicle/</loc>"),
                f.read("site/sitemap.xml"));
        assertNull(System.getProperty("site.url"), "the property is not left set for later builds");
    }
}
