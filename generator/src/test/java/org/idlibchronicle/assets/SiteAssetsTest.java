package org.idlibchronicle.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.CollectingCSSParseErrorHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.idlibchronicle.index.AnalyzerScript;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Parser;

/** The site's stylesheets and scripts are published minified: smaller, valid, the same program, deterministic. */
class SiteAssetsTest {
    @TempDir
    Path tmp;

    private Map<String, String> publish(Path assets, List<String> notes) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : new SiteAssets(assets, tmp.resolve("cache")).files(notes::add)) {
            out.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void theRealStylesheetsAndScriptsAreSmallerAndStillParse() throws Exception {
        Path assets = Fixture.REPO.resolve("assets");
        List<String> notes = new ArrayList<>();
        Map<String, String> published = publish(assets, notes);
        assertEquals(List.of(), notes, "every real asset minifies");
        int checked = 0;
        for (var e : published.entrySet()) {
            String source = Files.readString(assets.resolve(e.getKey().substring("assets/".length())));
            if (e.getKey().endsWith(".js")) {
                assertTrue(e.getValue().length() < source.length() * 0.8, e.getKey() + " is not a fifth smaller");
                assertEquals(program(source), program(e.getValue()), e.getKey() + " is another program");
                checked++;
            } else if (e.getKey().endsWith(".css")) {
                assertTrue(e.getValue().length() < source.length() * 0.9, e.getKey() + " is not a tenth smaller");
                CollectingCSSParseErrorHandler errors = new CollectingCSSParseErrorHandler();
                CSSReader.readFromStringReader(e.getValue(), new CSSReaderSettings().setCustomErrorHandler(errors));
                assertEquals(0, errors.getParseErrorCount(), e.getKey() + ": " + errors.getAllParseErrors());
                assertTrue(!e.getValue().contains("/*") && !e.getValue().contains("\n"), e.getKey() + " keeps comments or lines");
                checked++;
            } else {
                assertEquals(source, e.getValue(), e.getKey() + " is copied as it is");
            }
        }
        assertTrue(checked >= 4, "the stylesheets and scripts were found");
        // The generator's own script that search/boot.js carries is minified alike.
        String analyzer = AnalyzerScript.asWritten();
        String minified = new SiteAssets(assets, tmp.resolve("cache")).publishedScript(AnalyzerScript.RESOURCE, analyzer, notes::add);
        assertEquals(List.of(), notes, "the analyzer minifies");
        assertTrue(minified.length() < analyzer.length() * 0.8, "the analyzer is not a fifth smaller");
        assertEquals(program(analyzer), program(minified), "the minified analyzer is another program");
    }

    @Test
    void theSameAssetsGiveTheSameBytesWithOrWithoutTheCache() throws Exception {
        Path assets = Fixture.REPO.resolve("assets");
        Map<String, String> first = publish(assets, new ArrayList<>());
        List<Path> cached;
        try (var files = Files.list(tmp.resolve("cache"))) {
            cached = files.toList();
        }
        assertEquals(first.keySet().stream().filter(p -> p.endsWith(".js") || p.endsWith(".css")).count(), cached.size(),
                "one cached result per stylesheet and script");
        // A fresh minification (what a cold checkout does) matches what the cache returns.
        for (String path : first.keySet()) {
            if (!path.endsWith(".js") && !path.endsWith(".css")) continue;
            Minifier m = path.endsWith(".js") ? new JsMinifier() : new CssMinifier();
            String source = Files.readString(assets.resolve(path.substring("assets/".length())));
            assertEquals(first.get(path), m.minify(path, source), path);
        }
        assertEquals(first, publish(assets, new ArrayList<>()));
    }

    @Test
    void aCachedResultIsFoundByTheMinifierAndTheSourceItWasMadeFrom() throws Exception {
        Path assets = tmp.resolve("assets");
        Files.createDirectories(assets.resolve("js"));
        String source = "var cachedOnly = 1; // " + System.nanoTime();
        Files.writeString(assets.resolve("js/a.js"), source);
        Path cache = tmp.resolve("cache");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve(MinifiedCache.key(new JsMinifier().identity(), source)), "var fromCache=1");
        assertEquals("var fromCache=1", publish(assets, new ArrayList<>()).get("assets/js/a.js"));
    }

    @Test
    void tokensThatWouldRunTogetherOrLoseASemicolonKeepTheirSpaceOrLine() throws Exception {
        String[][] cases = {
            {"var a = b + +c;", "var a=b+ +c;"},
            {"a = b - -c; d = e - --f;", "a=b- -c;d=e- --f;"},
            {"function f() {\n  return\n  x;\n}", "function f(){return\nx;}"},
            {"x\n++y", "x\n++y"},
            {"var ok = /a b/g in o;", "var ok=/a b/g in o;"},
            {"var r = 1 / /x/.source.length;", "var r=1/ /x/.source.length;"},
            {"var s = 1 .toString();", "var s=1 .toString();"},
            {"var t = \"/* not a comment */  kept\"; // gone\nvar u = `a  ${ t }  b`;",
             "var t=\"/* not a comment */  kept\";var u=`a  ${ t }  b`;"},
            {"a = b /* gone */ + c;\n/* block\n comment */\nd()", "a=b+c;d()"},
            {"a = b\n(c)", "a=b\n(c)"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], new JsMinifier().minify("t.js", c[0]), c[0]);
        }
    }

    @Test
    void aScriptOrStylesheetThatDoesNotParseIsPublishedAsWrittenWithANoteSayingWhere() throws Exception {
        Path assets = tmp.resolve("assets");
        Files.createDirectories(assets.resolve("js"));
        Files.createDirectories(assets.resolve("css"));
        Files.writeString(assets.resolve("js/broken.js"), "var a = 1;\nvar = ;\n");
        Files.writeString(assets.resolve("css/broken.css"), "a { color: red; }\nb { color: }}}\n");
        List<String> notes = new ArrayList<>();
        Map<String, String> published = publish(assets, notes);
        assertEquals("var a = 1;\nvar = ;\n", published.get("assets/js/broken.js"));
        assertEquals("a { color: red; }\nb { color: }}}\n", published.get("assets/css/broken.css"));
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("note: assets/css/broken.css is published as written, not minified: "), notes.get(0));
        assertTrue(notes.get(1).startsWith("note: assets/js/broken.js is published as written, not minified: 2:"), notes.get(1));
    }

    @Test
    void theSitePublishesTheMinifiedFilesAndLeavesAssetsAsWritten() throws Exception {
        Fixture f = Fixture.in(tmp.resolve("fixture"));
        byte[] before = Files.readAllBytes(f.root().resolve("assets/js/search.js"));
        f.build();
        assertArrayEquals(before, Files.readAllBytes(f.root().resolve("assets/js/search.js")));
        String published = Files.readString(f.published("assets/js/search.js"));
        assertTrue(published.length() < before.length * 0.8);
        assertEquals(program(new String(before, StandardCharsets.UTF_8)), program(published));
    }

    private static String program(String js) {
        CompilerEnvirons env = new CompilerEnvirons();
        env.setLanguageVersion(Context.VERSION_ES6);
        return new Parser(env).parse(js, "test.js", 1).toSource();
    }
}
