package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.kinds.Kinds;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.plan.Planner;
import org.idlibchronicle.plan.SitePlan;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.Loaded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26: every type of page model has a view, and none is missed without a word: the renderer's
 * own are checked against the sealed {@link PageModel} when it loads, where a chain of
 * {@code instanceof} handed its template the bare model; a kind's own models have their views from
 * the kind, and a page whose model has none stops the render before any page is made.
 */
class PageViewsTest {
    @TempDir
    Path tmp;

    @Test
    void everyTypeOfPageModelButTheKindsOwnHasAViewInTheRenderer() {
        Set<Class<?>> types = Arrays.stream(PageModel.class.getPermittedSubclasses())
                .filter(c -> !c.isInterface()).collect(Collectors.toSet());
        assertEquals(types, Set.copyOf(SiteRenderer.modelsWithAView()));
    }

    @Test
    void aPageWhoseModelHasNoViewStopsTheRenderBeforeAnyPageIsMade() throws Exception {
        Fixture f = Fixture.in(tmp.resolve("f"));
        Problems problems = new Problems();
        SitePlan plan = Planner.plan(Loaded.fixtureSite(), SiteConfig.load(f.root()), Kinds.all(), problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        assertTrue(plan.pages().stream().anyMatch(p -> p.model() instanceof PageModel.KindModel),
                "the fixture has a page of a kind's own model (a document's)");
        Path templates = Fixture.REPO.resolve("templates");

        List<OutputFile> made = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SiteRenderer(templates, null, Map.of(), List.of()).render(plan, made::add));
        assertEquals(List.of(), made);
        assertTrue(e.getMessage().contains("DocumentModel has no view"), e.getMessage());

        // With the kinds' views, the same plan renders, the document's page with it.
        Map<String, String> assets = org.idlibchronicle.assets.AssetNames.asWrittenIn(Fixture.REPO.resolve("assets"));
        assertTrue(new SiteRenderer(templates, null, assets, Kinds.all()).render(plan).stream()
                .anyMatch(p -> p.path().startsWith("documents/")));
    }
}
