package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.diag.Problem;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.Linker;
import org.idlibchronicle.plan.PlannedPage;
import org.idlibchronicle.plan.Planner;
import org.idlibchronicle.plan.SitePlan;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.GoodSite;
import org.idlibchronicle.testsupport.Loaded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code index} collision (issue 19, item 10), for every kind of the registry and every
 * reserved id: an item named like one of the site's own pages is rejected by the check stage at
 * its file, the full build fails leaving the site alone, and were the check to let one through,
 * the plan would still not let its page replace one of the site's own.
 */
class ReservedIdsTest {
    @TempDir
    static Path shared;
    private static GoodSite good;
    /** The pages the generator plans of its own (no content file behind them). */
    private static Set<String> ownPages;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildTheGoodSiteOnce() throws Exception {
        good = GoodSite.buildIn(shared.resolve("good"));
        Problems problems = new Problems();
        SitePlan plan = Planner.plan(Linker.link(Loaded.checked(good.root(), problems)), SiteConfig.load(good.root()),
                org.idlibchronicle.kinds.Kinds.all(), problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        ownPages = plan.pages().stream().filter(p -> p.origin().isEmpty()).map(p -> p.path().value())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Writes an item of {@code kind} named {@code id}: a copy of one of the fixture's items of that
     * kind (so that it is otherwise valid), in the folder where the kind's files go.
     */
    private static String addItem(Fixture f, ContentKind kind, String id) throws IOException {
        Path dir = f.file("content/" + kind.folder());
        Path model;
        try (Stream<Path> walk = Files.walk(dir)) {
            model = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(kind.extensions().get(0))).sorted().findFirst()
                    .orElseThrow(() -> new AssertionError("the fixture has no " + kind.key()));
        }
        Path target = model.resolveSibling(id + kind.extensions().get(0));
        Files.copy(model, target);
        return f.root().relativize(target).toString().replace('\\', '/');
    }

    @Test
    void everyKindRejectsEveryReservedIdAtItsFile() throws IOException {
        List<String> missed = new ArrayList<>();
        for (ContentKind kind : ContentKind.values()) {
            for (String id : new TreeSet<>(ContentKind.RESERVED_IDS)) {
                Fixture f = Fixture.in(tmp.resolve(kind.key() + "-" + id));
                String file = addItem(f, kind, id);
                Problems problems = new Problems();
                Loaded.checked(f.root(), problems);
                String expected = kind.key() + " id '" + id + "' is reserved for the site's own pages";
                boolean found = problems.sorted().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR
                        && p.position().path().equals(file) && p.message().startsWith(expected));
                if (!found) missed.add(file + " → " + problems.sorted());
            }
        }
        assertTrue(missed.isEmpty(), "not rejected:\n" + String.join("\n", missed));
    }

    @Test
    void everyKindNamedIndexFailsTheBuildAndLeavesTheSiteAlone() throws Exception {
        for (ContentKind kind : ContentKind.values()) {
            Fixture f = Fixture.in(tmp.resolve("build-" + kind.key()));
            Fixture.copyTree(good.site(), f.site());
            String file = addItem(f, kind, "index");

            assertThrows(BuildFailedException.class, f::build, kind.key());

            assertTrue(java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: error: "
                    + kind.key() + " id 'index' is reserved for the site's own pages").matcher(f.log()).find(), f.log());
            assertFalse(f.log().contains("\tat "), "no stack trace");
            good.assertSameAs(f.site(), kind.key());
        }
    }

    /**
     * The check stage skipped: for every kind, an item named after a reserved id either has a page
     * of its own address, or the plan reports the collision at its file. Never a page written over
     * one of the site's own without a word.
     */
    @Test
    void withoutTheCheckThePlanStillCatchesEveryKindsCollision() throws IOException {
        List<String> collided = new ArrayList<>();
        for (ContentKind kind : ContentKind.values()) {
            // An event's id starts with its date (the loader requires it), so no event page can be at a reserved name.
            if (kind.yearFolders()) continue;
            for (String id : new TreeSet<>(ContentKind.RESERVED_IDS)) {
                Fixture f = Fixture.in(tmp.resolve("plan-" + kind.key() + "-" + id));
                String file = addItem(f, kind, id);
                Problems loading = new Problems();
                var content = Loaded.content(f.root(), loading);
                assertFalse(loading.hasErrors(), loading.sorted().toString());

                Problems problems = new Problems();
                SitePlan plan = Planner.plan(Linker.link(content), SiteConfig.load(f.root()), org.idlibchronicle.kinds.Kinds.all(), problems);

                String path = kind.pagePath(id);
                boolean ownPage = !path.contains("#") && ownPages.contains(path);
                List<Problem> atFile = problems.sorted().stream().filter(p -> p.position().path().equals(file)).toList();
                if (ownPage) {
                    collided.add(path);
                    assertEquals(1, atFile.size(), file + ": " + problems.sorted());
                    assertTrue(atFile.get(0).message().startsWith("two pages would be written to " + path), atFile.toString());
                } else {
                    assertTrue(atFile.isEmpty(), file + ": " + atFile);
                    long samePath = plan.pages().stream().map(PlannedPage::path).filter(p -> p.value().equals(path)).count();
                    assertTrue(samePath <= 1, path);
                }
            }
        }
        // The collisions the issue is about are among those proven here.
        assertTrue(collided.containsAll(List.of("actors/index.html", "places/index.html", "agreements/index.html")),
                collided.toString());
    }
}
