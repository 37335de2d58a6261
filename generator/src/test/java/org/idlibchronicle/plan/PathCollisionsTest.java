package org.idlibchronicle.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.diag.Problem;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.link.Linker;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.Loaded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two outputs at one path fail the plan, located at every file involved, before anything renders. */
class PathCollisionsTest {
    @TempDir
    Path tmp;

    private static PlannedPage page(String path, Optional<SourcePosition> origin, String title) {
        return new PlannedPage(OutputPath.of(path), "entity", "actor", "actors", title, "", origin,
                new PageModel.FixedModel());
    }

    @Test
    void twoItemsAtOnePathAreBothReportedNamingEachOther() {
        SourcePosition a = new SourcePosition("content/actors/x.yaml", 1, 1);
        SourcePosition b = new SourcePosition("content/places/x.yaml", 1, 1);
        Problems problems = new Problems();
        PathCollisions.report(List.of(page("x.html", Optional.of(a), "X"), page("y.html", Optional.empty(), "Y"),
                page("x.html", Optional.of(b), "X too")), problems);
        List<Problem> errors = problems.sorted();
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(a, errors.get(0).position());
        assertTrue(errors.get(0).message().contains("two pages would be written to x.html"), errors.toString());
        assertTrue(errors.get(0).message().contains("the page of content/places/x.yaml"), errors.toString());
        assertEquals(b, errors.get(1).position());
        assertTrue(errors.get(1).message().contains("the page of content/actors/x.yaml"), errors.toString());
    }

    @Test
    void distinctPathsAreNoProblem() {
        Problems problems = new Problems();
        PathCollisions.report(List.of(page("x.html", Optional.empty(), "X"), page("y.html", Optional.empty(), "Y")),
                problems);
        assertFalse(problems.hasErrors());
    }

    @Test
    void twoOfTheGeneratorsOwnPagesAtOnePathAreABugNotAContentError() {
        assertThrows(IllegalStateException.class, () -> PathCollisions.report(List.of(
                page("x.html", Optional.empty(), "X"), page("x.html", Optional.empty(), "Y")), new Problems()));
    }

    /**
     * The check stage rejects reserved ids; were it to let one through, the plan would still not
     * let an actor called {@code index} replace the actors index.
     */
    @Test
    void anActorCalledIndexCollidesWithTheActorsIndexInThePlan() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write("content/actors/index.yaml", "name: Index\nkind: armed-group\ndescription: A group.[^sohr-2019-02-16]\n");
        Problems loading = new Problems();
        var content = Loaded.content(f.root(), loading);
        assertFalse(loading.hasErrors(), loading.sorted().toString());

        Problems problems = new Problems();
        Planner.plan(Linker.link(content), SiteConfig.load(f.root()), org.idlibchronicle.kinds.Kinds.all(), problems);
        List<Problem> errors = problems.sorted();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("content/actors/index.yaml", errors.get(0).position().path());
        assertTrue(errors.get(0).message().contains("two pages would be written to actors/index.html: this file's page"
                + " and the Actors page"), errors.toString());
    }
}
