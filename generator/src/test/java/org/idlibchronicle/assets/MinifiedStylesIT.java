package org.idlibchronicle.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.testsupport.Browser;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chromium reads each published stylesheet as the same rules as the one contributors write:
 * its own serialisation of every rule (selectors, declarations, media queries) is compared.
 */
class MinifiedStylesIT {
    @RegisterExtension
    static final Browser BROWSER = Browser.perClass(1280, 900);

    @TempDir
    Path tmp;

    @Test
    void chromiumParsesEveryMinifiedStylesheetToTheSameRules() throws Exception {
        Path assets = Fixture.REPO.resolve("assets");
        List<String> notes = new ArrayList<>();
        List<OutputFile> published = new SiteAssets(assets, tmp).files(notes::add);
        assertEquals(List.of(), notes);
        BROWSER.driver().get("data:text/html,<title>css</title>");
        int compared = 0;
        for (OutputFile f : published) {
            if (!f.path().endsWith(".css")) continue;
            String source = Files.readString(assets.resolve(f.path().substring("assets/".length())));
            Object rules = BROWSER.driver().executeScript(
                    "function rules(text) { var s = new CSSStyleSheet(); s.replaceSync(text);"
                    + " return Array.from(s.cssRules, function (r) { return r.cssText; }); }"
                    + " return [rules(arguments[0]), rules(arguments[1])];",
                    source, new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8));
            List<?> both = (List<?>) rules;
            assertTrue(((List<?>) both.get(0)).size() > 5, f.path() + " has rules");
            assertEquals(both.get(0), both.get(1), f.path());
            compared++;
        }
        assertEquals(3, compared);
    }
}
