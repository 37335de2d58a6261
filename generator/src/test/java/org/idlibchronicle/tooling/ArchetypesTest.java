package org.idlibchronicle.tooling;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.idlibchronicle.pipeline.BuildFailedException;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27: the files that start a new event, source, place or topic (archetypes/, as Hugo's
 * {@code hugo new} uses them). Copied as they are, each is refused with located errors naming its
 * placeholders, so a half-written item is never published; filled in, the event builds.
 */
class ArchetypesTest {
    /** Each archetype and where a contributor saves it. */
    private static final Map<String, String> SAVED_AS = Map.of(
            "archetypes/event.md", "content/events/2020/2020-01-01-what-happened.md",
            "archetypes/source.yaml", "content/sources/outlet-2020-01-01.yaml",
            "archetypes/place.yaml", "content/places/new-place.yaml",
            "archetypes/topic.yaml", "content/topics/new-topic.yaml");

    @TempDir
    Path tmp;

    @Test
    void eachArchetypeCopiedAsItIsIsRefusedAtItsPlaceholders() throws Exception {
        for (Map.Entry<String, String> a : SAVED_AS.entrySet()) {
            Path dir = tmp.resolve(a.getValue().replaceAll("[^a-z]", ""));
            Fixture f = Fixture.in(dir);
            f.write(a.getValue(), Files.readString(Fixture.REPO.resolve(a.getKey())));
            BuildFailedException e = assertThrows(BuildFailedException.class, f::build, a.getKey());
            assertTrue(e.problems().stream().allMatch(p -> p.position().path().equals(a.getValue()) && p.position().line() > 0),
                    a.getKey() + ": every problem is located in the new file: " + e.problems());
            assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("replace-with-")), a.getKey() + ": " + e.problems());
            assertFalse(f.log().contains("\tat "), "no stack trace");
        }
    }

    @Test
    void theEventArchetypeFilledInBuilds() throws Exception {
        Fixture f = Fixture.in(tmp);
        String filled = Files.readString(Fixture.REPO.resolve("archetypes/event.md"))
                .replace("replace-with-a-place-id", "maarat-al-numan").replace("replace-with-an-actor-id", "sohr")
                .replace("date: 2020-01-01", "date: 2019-02-17")
                .replace("replace-with-a-source-id", "sohr-2019-02-16")
                .replace("the words of the source's document that this sentence rests on, copied exactly",
                        "sporadic Syrian government shelling on Maarrat al-Nu'man");
        f.write("content/events/2019/2019-02-17-what-happened.md", filled);
        f.build();
        assertTrue(Files.isRegularFile(f.site().resolve("events/2019/2019-02-17-what-happened.html")));
    }
}
