package org.idlibchronicle.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.kinds.Kinds;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the dev server's watcher has said what changed since the last load, the next load looks at
 * those files only: it neither lists the folders again nor looks at the other files. Each test
 * changes a file without saying so, which a load that looked would see, to show that it does not;
 * and says so, to show that what is said is read.
 */
class ChangesKnownLoadTest {
    private static final String TURKEY = "content/actors/turkey.yaml";

    @TempDir
    Path tmp;

    private Fixture f;
    private final LoadCache cache = new LoadCache();

    private Content load() {
        Path root = f.root().toAbsolutePath().normalize();
        return new ContentLoader(root, root.resolve("content"), root.resolve("schemas"), new Problems(), cache)
                .load(Kinds.all());
    }

    private Path path(String file) {
        return f.root().toAbsolutePath().normalize().resolve(file);
    }

    private String turkeysName(Content content) {
        return content.actors().stream().filter(a -> a.id().equals("turkey")).map(Actor::name).findFirst().orElseThrow();
    }

    @Test
    void onlyTheFilesSaidToHaveChangedAreLookedAt() throws Exception {
        f = Fixture.in(tmp);
        String name = turkeysName(load());
        f.write(TURKEY, f.read(TURKEY).replace("name: " + name, "name: Türkiye"));

        cache.changedSinceLastLoad(Set.of());
        assertEquals(name, turkeysName(load()), "a change not reported is not looked for");

        cache.changedSinceLastLoad(Set.of(path(TURKEY)));
        assertEquals("Türkiye", turkeysName(load()), "a reported change is read");

        f.write(TURKEY, f.read(TURKEY).replace("name: Türkiye", "name: Turkey, again"));
        assertEquals("Turkey, again", turkeysName(load()), "told nothing, the next load looks at every file");
    }

    @Test
    void aFileAddedOrDeletedIsFoundWhenReported() throws Exception {
        f = Fixture.in(tmp);
        int actors = load().actors().size();
        String added = "content/actors/turkish-army.yaml";
        f.write(added, f.read(TURKEY).replace("turkey", "turkish-army"));

        cache.changedSinceLastLoad(Set.of());
        assertEquals(actors, load().actors().size(), "the last listing, trusted");

        cache.changedSinceLastLoad(Set.of(path(added)));
        assertEquals(actors + 1, load().actors().size(), "a reported new file makes the folder listed again");

        Files.delete(path(added));
        cache.changedSinceLastLoad(Set.of(path(added)));
        assertEquals(actors, load().actors().size(), "a reported deleted file too");
    }

    @Test
    void aReportedFolderOrAPathOutsideAnyFolderMakesEverythingLookedAt() throws Exception {
        f = Fixture.in(tmp);
        String name = turkeysName(load());
        f.write(TURKEY, f.read(TURKEY).replace("name: " + name, "name: Türkiye"));
        // The watcher reports a folder when its events overflowed, and "." when it cannot say where.
        for (Path overflowed : List.of(path("content/actors"), path("content"), Path.of("."))) {
            f.write(TURKEY, f.read(TURKEY).replaceFirst("name: .*", "name: Named " + overflowed.getNameCount()));
            cache.changedSinceLastLoad(Set.of(overflowed));
            assertTrue(turkeysName(load()).equals("Named " + overflowed.getNameCount()), overflowed.toString());
        }
    }
}
