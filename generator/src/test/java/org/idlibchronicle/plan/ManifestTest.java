package org.idlibchronicle.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idlibchronicle.diag.Problem;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * Issue 26: the manifest lists every output, and the collision check runs over all of them: a page
 * or a redirect may not fall on a data file, the feed, or inside the search index's or the assets'
 * folders, which the page-only check never saw.
 */
class ManifestTest {
    /** The data files the record's kinds declare. */
    private static final List<String> DATA_FILES = List.of("events.json", "events.csv", "agreements.json", "topics.json", "claims.csv");

    private static final SourcePosition AT = new SourcePosition("content/actors/x.yaml", 3, 1);

    private static PlannedPage page(String path, Optional<SourcePosition> origin) {
        return new PlannedPage(OutputPath.of(path), "entity", "actor", "actors", "X", "", origin, new PageModel.FixedModel());
    }

    private static PlannedPage redirect(String path) {
        return new PlannedPage(OutputPath.of(path), "redirect", Planner.REDIRECT, "actors", "X", "", Optional.of(AT),
                new PageModel.FixedModel());
    }

    private static List<Problem> collisions(PlannedPage... pages) {
        Problems problems = new Problems();
        Manifest.of(List.of(pages), true, DATA_FILES).reportCollisions(problems);
        return problems.sorted();
    }

    @Test
    void aPageOnADataFileIsLocatedAtTheFileThatMakesIt() {
        List<Problem> p = collisions(page("index.html", Optional.empty()), page("data/events.json", Optional.of(AT)));
        assertEquals(1, p.size(), p.toString());
        assertEquals("content/actors/x.yaml:3:1: error: this file's page would be written to data/events.json, where"
                + " the site has the data file data/events.json: rename the file", p.get(0).toString());
    }

    @Test
    void aRedirectInsideTheSearchIndexIsLocatedAtTheFormerId() {
        List<Problem> p = collisions(redirect("search/boot.js"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).toString().contains("the redirect from this former id would be written to search/boot.js,"
                + " where the site has the search file search/: remove this former id"), p.toString());
    }

    @Test
    void aPageOnTheFeedOrInTheAssetsIsReported() {
        assertEquals(2, collisions(page(Manifest.FEED, Optional.of(AT)), page("assets/css/site.css", Optional.of(AT))).size());
    }

    @Test
    void theGeneratorsOwnPageOnAnExportIsABug() {
        assertThrows(IllegalStateException.class, () -> collisions(page(Manifest.ROBOTS, Optional.empty())));
    }

    @Test
    void pagesElsewhereDoNotCollide() {
        assertEquals(List.of(), collisions(page("index.html", Optional.empty()), page("data.html", Optional.of(AT)),
                page("search.html", Optional.empty()), redirect("actors/old.html")));
    }

    @Test
    void whatIsWrittenIsComparedWithWhatIsPlanned() {
        Manifest m = Manifest.of(List.of(page("index.html", Optional.empty())), false, DATA_FILES);
        Set<String> written = Set.of("index.html", Manifest.FEED, Manifest.ROBOTS, "data/events.json", "data/events.csv",
                "data/agreements.json", "data/topics.json", "data/claims.csv", Manifest.MARKER, "search/boot.js",
                "assets/css/site.css");
        assertEquals(Set.of(), m.unplanned(written));
        assertEquals(Set.of(), m.missing(written));
        assertEquals(Set.of("stray.html"), m.unplanned(union(written, "stray.html")));
        assertEquals(Set.of(Manifest.SITEMAP), Manifest.of(List.of(page("index.html", Optional.empty())), true, DATA_FILES).missing(written));
    }

    @Test
    void aPagesSocialCardIsPlannedSoThatACardNotWrittenIsMissing() {
        PlannedPage home = page("index.html", Optional.empty())
                .withCard(new SocialCard(SocialCard.pathFor("index.html"), "", "X", "", "Site"));
        Manifest m = Manifest.of(List.of(home), false, DATA_FILES);
        assertEquals(List.of("cards/index.png"), m.of(OutputFormat.CARD).stream().map(Manifest.Output::path).toList());
        Set<String> written = Set.of("index.html", Manifest.FEED, Manifest.ROBOTS, "data/events.json", "data/events.csv",
                "data/agreements.json", "data/topics.json", "data/claims.csv", Manifest.MARKER);
        assertEquals(Set.of("cards/index.png"), m.missing(written));
        assertEquals(Set.of(), m.unplanned(union(written, "cards/index.png")));
        assertEquals(Set.of("cards/other.png"), m.unplanned(union(written, "cards/other.png")));
    }

    private static Set<String> union(Set<String> a, String b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.add(b);
        return out;
    }
}
