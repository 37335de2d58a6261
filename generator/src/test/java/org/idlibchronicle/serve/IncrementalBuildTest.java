package org.idlibchronicle.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.pipeline.SiteBuild;
import org.idlibchronicle.load.LoadCache;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.render.RenderCache;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's caches never serve a stale page: after each kind of edit, a rebuild that reuses
 * unchanged files and pages equals a build from scratch, and an edit to one event or actor rebuilds
 * only the pages that show it.
 */
class IncrementalBuildTest {
    private static final String EVENT_FILE = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";
    private static final String SHELLING = "content/events/2019/2019-02-16-shelling-maarat-al-numan.md";
    private static final String UNDERSTANDING = "content/events/2018/2018-10-02-hts-turkey-understanding-reported.yaml";

    @TempDir
    Path tmp;
    private final PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    private final LoadCache loaded = new LoadCache();
    private final RenderCache rendered = new RenderCache();
    private Fixture f;
    private Project project;

    private Map<String, byte[]> files(SiteBuild build) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        for (OutputFile file : build.generate().files()) out.put(file.path(), file.bytes());
        return out;
    }

    /** Applies {@code edit}, rebuilds with the caches and checks the result against a fresh build. */
    private void assertRebuildIsFresh(String what, Consumer<Fixture> edit) throws Exception {
        edit.accept(f);
        Map<String, byte[]> incremental = files(new SiteBuild(project, quiet, loaded).reusingPages(rendered));
        Map<String, byte[]> fresh = files(new SiteBuild(project, quiet));
        assertEquals(fresh.keySet(), incremental.keySet(), what);
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, incremental.get(path), what + ": " + path));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Consumer<Fixture> replace(String file, String from, String to) {
        return fx -> {
            String text = fx.read(file);
            assertTrue(text.contains(from), file + " has no " + from);
            fx.write(file, text.replace(from, to));
        };
    }

    @Test
    void aCachedRebuildEqualsAFreshBuildAfterEveryKindOfEdit() throws Exception {
        f = Fixture.in(tmp);
        project = Project.at(f.root());
        files(new SiteBuild(project, quiet, loaded).reusingPages(rendered));

        assertRebuildIsFresh("event title", replace(UNDERSTANDING,
                "title: HTS and Turkish officials reportedly reach an understanding", "title: HTS and Turkey reportedly agree"));
        assertRebuildIsFresh("event summary", replace(SHELLING, "over two days.", "over two days, it said."));
        assertRebuildIsFresh("event body", replace(SHELLING, "Government shelling hit", "Heavy government shelling hit"));
        assertRebuildIsFresh("event places", replace(SHELLING, "places: [maarat-al-numan]",
                "places: [maarat-al-numan, idlib-governorate]"));
        assertRebuildIsFresh("event actors", replace(UNDERSTANDING, "actors: [hts, turkey]", "actors: [hts, turkey, russia]"));
        assertRebuildIsFresh("agreement relation", replace(SHELLING, "relation: violates", "relation: ends"));
        assertRebuildIsFresh("claim figure", replace(SHELLING, "value: 18", "value: 19"));
        // A second claimant with another figure makes the set disputed: the figures page, the
        // about page's counts and the event's link to the figures page must all follow.
        String quoted = "    quote: 'SOHR reported that at least 18 people were killed and many more injured'\n";
        assertRebuildIsFresh("claim set becomes disputed", replace(SHELLING, quoted + "---",
                quoted + "  - claimant: russia\n    value: 3\n    unit: killed\n    of: people\n"
                        + "    source: sohr-2019-02-16\n---"));
        assertRebuildIsFresh("quote changed", replace(EVENT_FILE, "\"create a buffer zone in Idlib\"",
                "\"to create a buffer zone in Idlib\""));
        // Known only to the month: the timeline of every page draws it as a band, not a bar.
        assertRebuildIsFresh("event dated to the month only", fx -> {
            String text = fx.read(UNDERSTANDING).replace("date: 2018-10-02", "date: 2018-10");
            fx.delete(UNDERSTANDING);
            fx.write(UNDERSTANDING.replace("2018-10-02", "2018-10"), text);
        });
        assertRebuildIsFresh("month-only event dated to the day again", fx -> {
            String moved = UNDERSTANDING.replace("2018-10-02", "2018-10");
            String text = fx.read(moved).replace("date: 2018-10", "date: 2018-10-02");
            fx.delete(moved);
            fx.write(UNDERSTANDING, text);
        });
        assertRebuildIsFresh("event moved to another month", fx -> {
            String text = fx.read(UNDERSTANDING).replace("date: 2018-10-02", "date: 2018-11-02");
            fx.delete(UNDERSTANDING);
            fx.write(UNDERSTANDING.replace("2018-10-02", "2018-11-02"), text);
        });
        assertRebuildIsFresh("event added", fx -> fx.write("content/events/2019/2019-03-01-second-shelling.md",
                fx.read(SHELLING).replace("date: 2019-02-16", "date: 2019-03-01")
                        .replace("title: Shelling kills", "title: Second shelling kills")));
        assertRebuildIsFresh("event deleted", fx -> fx.delete("content/events/2019/2019-03-01-second-shelling.md"));
        assertRebuildIsFresh("place renamed", replace("content/places/sochi.yaml", "name: Sochi", "name: Sotchi"));
        assertRebuildIsFresh("actor renamed", replace("content/actors/sohr.yaml", "name: Syrian Observatory",
                "name: The Syrian Observatory"));
        assertRebuildIsFresh("source changed", replace("content/sources/sohr-2019-02-16.yaml", "date: 2019-02-16",
                "date: 2019-02-17"));
        assertRebuildIsFresh("agreement provision", replace("content/agreements/sochi-memorandum-2018.md",
                "title: A demilitarized zone", "title: A demilitarised zone"));
        assertRebuildIsFresh("actor description", replace("content/actors/sohr.yaml", "reports casualty counts.",
                "reports casualty counts daily."));
        assertRebuildIsFresh("actor short name", replace("content/actors/sohr.yaml", "short_name: SOHR",
                "short_name: The SOHR"));
        assertRebuildIsFresh("place description", replace("content/places/sochi.yaml", "where the memorandum",
                "where the 2018 memorandum"));
        assertRebuildIsFresh("topic title", replace("content/topics/shelling.yaml", "title: Shelling and rocket fire",
                "title: Shelling and rockets"));
        assertRebuildIsFresh("document title", replace("content/documents/enc-idlib-demilitarization.yaml",
                "title: \"Idlib demilitarization (2018–2019)\"", "title: \"The Idlib demilitarization (2018–2019)\""));
        assertRebuildIsFresh("actor added", fx -> fx.write("content/actors/un.yaml",
                "name: United Nations\nkind: un-body\ndescription: The United Nations.\n"));
        assertRebuildIsFresh("actor added to an event", replace(UNDERSTANDING.replace("2018-10-02", "2018-11-02"), "actors: [hts, turkey",
                "actors: [hts, turkey, un"));
        assertRebuildIsFresh("nothing changed", fx -> {});
        assertEquals(List.of(), rendered.rendered(), "pages rebuilt when nothing changed");
    }

    @Test
    void aRebuildTakesTheLastBuildsFileOfEachCardThatShowsTheSame() throws Exception {
        f = Fixture.in(tmp);
        project = Project.at(f.root());
        Map<String, OutputFile> first = cards(new SiteBuild(project, quiet, loaded).reusingPages(rendered).generate(false));
        replace(UNDERSTANDING, "title: HTS and Turkish officials reportedly reach an understanding",
                "title: HTS and Turkey reportedly agree").accept(f);
        Map<String, OutputFile> second = cards(new SiteBuild(project, quiet, loaded).reusingPages(rendered).generate(false));
        String edited = "cards/events/2018/2018-10-02-hts-turkey-understanding-reported.png";
        assertEquals(first.keySet(), second.keySet());
        assertTrue(first.size() > 10, "the fixture's pages have cards: " + first.size());
        first.forEach((path, file) -> {
            if (path.equals(edited)) assertTrue(second.get(path) != file, "the edited event's card is made again");
            else assertTrue(second.get(path) == file, "the last build's file: " + path);
        });
    }

    private static Map<String, OutputFile> cards(SiteBuild.Generated generated) {
        Map<String, OutputFile> out = new TreeMap<>();
        generated.files().stream().filter(f -> f.path().startsWith("cards/")).forEach(f -> out.put(f.path(), f));
        return out;
    }

    @Test
    void theQuotedPassagesAnchorsAreTheLastBuildsWhileNoQuoteChanged() throws Exception {
        f = Fixture.in(tmp);
        project = Project.at(f.root());
        var first = new SiteBuild(project, quiet, loaded).generate(false).site().passages().anchors();
        replace(SHELLING, "Government shelling hit", "Heavy government shelling hit").accept(f);
        var second = new SiteBuild(project, quiet, loaded).generate(false).site().passages().anchors();
        assertTrue(first == second, "no quote changed: the same anchors, found unchanged by an identity check");
        replace(EVENT_FILE, "\"create a buffer zone in Idlib\"", "\"a buffer zone in Idlib\"").accept(f);
        var third = new SiteBuild(project, quiet, loaded).generate(false).site().passages().anchors();
        assertTrue(third != second && !third.equals(second), "a quote changed: new anchors");
    }

    @Test
    void anEditToOneEventRebuildsOnlyThePagesThatShowIt() throws Exception {
        f = Fixture.in(tmp);
        project = Project.at(f.root());
        Map<String, byte[]> pages = files(new SiteBuild(project, quiet, loaded).reusingPages(rendered));
        assertEquals(pages.keySet().stream().filter(p -> p.endsWith(".html")).toList(), rendered.rendered(),
                "the first build makes every page");

        replace(SHELLING, "over two days.", "over two days, it said.").accept(f);
        files(new SiteBuild(project, quiet, loaded).reusingPages(rendered));
        // The summary shows on the event's own page, its month, its place and actor pages, the page
        // of the event before it (its "next" link shows only the title, but the model holds the
        // event) and the agreement it violates. Counts, dates and disputes are unchanged, so the
        // home, about and figures pages are not made again.
        assertEquals(List.of("actors/sohr.html", "agreements/sochi-memorandum-2018.html",
                "chronology/2019-02.html", "events/2018/2018-10-02-hts-turkey-understanding-reported.html",
                "events/2019/2019-02-16-shelling-maarat-al-numan.html", "places/maarat-al-numan.html"),
                rendered.rendered());
    }

    @Test
    void anEditToOneActorsDescriptionRebuildsOnlyThePagesThatShowThatActor() throws Exception {
        f = Fixture.in(tmp);
        project = Project.at(f.root());
        files(new SiteBuild(project, quiet, loaded).reusingPages(rendered));

        replace("content/actors/sohr.yaml", "reports casualty counts.", "reports casualty counts daily.").accept(f);
        Map<String, byte[]> pages = files(new SiteBuild(project, quiet, loaded).reusingPages(rendered));
        // The actor's own page, and the pages that show it by looking it up in the directory: its
        // event (claimant and actor) and that event's listings on its month and place. Before, any
        // actor edit made all pages again. The actors index and the sources page link the actor too,
        // but with its name and citations from the plan, which the description does not change.
        List<String> remade = List.of("actors/sohr.html", "chronology/2019-02.html",
                "events/2019/2019-02-16-shelling-maarat-al-numan.html", "places/maarat-al-numan.html");
        assertEquals(remade, rendered.rendered());
        // Checked against the pages: those made again are those that link the actor, but for these two.
        List<String> linking = pages.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".html") && text(e.getValue()).contains("/sohr.html\""))
                .map(Map.Entry::getKey).filter(p -> !p.equals("actors/index.html") && !p.equals("sources.html"))
                .toList();
        assertEquals(remade, linking, "the pages that link the actor");
    }

    @Test
    void anActorAddedRebuildsOnlyThePagesThatListActors() throws Exception {
        f = Fixture.in(tmp);
        project = Project.at(f.root());
        files(new SiteBuild(project, quiet, loaded).reusingPages(rendered));

        f.write("content/actors/un.yaml", "name: United Nations\nkind: un-body\ndescription: The United Nations.\n");
        files(new SiteBuild(project, quiet, loaded).reusingPages(rendered));
        // Pages that looked up other actors by id are left as they are; the actors index and the home
        // page, whose models list and count the actors, and the new actor's own page are made.
        assertEquals(List.of("actors/index.html", "actors/un.html", "index.html"), rendered.rendered());
    }
}
