package org.idlibchronicle.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.HtmlChecker;
import org.idlibchronicle.testsupport.RealSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML page the build writes, for the real content and for the test fixture, passes the Nu
 * HTML Checker with no error. A failure lists every error of every page as {@code file:line:col:
 * message}, so one run shows all there is to fix.
 */
class HtmlValidityIT {
    @TempDir
    Path tmp;

    @Test
    void everyPageOfTheRealSiteIsValidHtml() throws Exception {
        assertValid(RealSite.site());
    }

    @Test
    void everyPageOfTheFixtureIsValidHtml() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        assertValid(f.site());
    }

    private static void assertValid(Path site) throws Exception {
        HtmlChecker checker = new HtmlChecker();
        List<Path> pages = htmlFiles(site);
        assertTrue(pages.size() > 1, "no pages were built in " + site);
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            errors.addAll(checker.errors(page, site.relativize(page).toString().replace('\\', '/')));
        }
        assertTrue(errors.isEmpty(), errors.size() + " vnu error(s) in " + pages.size() + " pages:\n"
                + String.join("\n", errors));
    }

    private static List<Path> htmlFiles(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
