package org.idlibchronicle.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.idlibchronicle.pipeline.BuildFailedException;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -Dsite.out} names a folder that each build replaces whole: a value naming the checkout or
 * its sources deleted them ({@code -Dsite.out=.} took {@code .git} with it). Each case builds a real
 * checkout and proves that nothing of it changed.
 */
class OutputFolderTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {".", "content", "content/events", "templates", "schemas/site", "..", "maps"})
    void anOutputThatIsHoldsOrSitsInTheSourcesIsRefusedAndNothingChanges(String out) throws Exception {
        Fixture fixture = Fixture.in(tmp.resolve("checkout"));
        Files.writeString(fixture.file(".git-stand-in"), "history");
        Map<String, byte[]> before = Fixture.snapshot(tmp);
        BuildFailedException e = assertThrows(BuildFailedException.class,
                () -> fixture.buildInto(fixture.root().resolve(out)));
        assertTrue(e.getMessage().startsWith("refusing to write the site to "), e.getMessage());
        assertTrue(e.getMessage().contains("-Dsite.out=site"), "the message says what to do: " + e.getMessage());
        assertSameTree(before, Fixture.snapshot(tmp));
    }

    @Test
    void aFolderWithFilesTheGeneratorDidNotWriteIsRefused() throws Exception {
        Fixture fixture = Fixture.in(tmp.resolve("checkout"));
        Path notes = tmp.resolve("my-notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("thesis.txt"), "three years of work");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> fixture.buildInto(notes));
        assertTrue(e.getMessage().contains("not empty and was not written by this generator"), e.getMessage());
        assertEquals("three years of work", Files.readString(notes.resolve("thesis.txt")));
    }

    @Test
    void aFolderItWroteAnEmptyOneANewOneAndTargetAreAccepted() throws Exception {
        Fixture fixture = Fixture.in(tmp.resolve("checkout"));
        fixture.build();
        assertTrue(Files.isRegularFile(fixture.site().resolve(OutputFolder.MARKER)));
        fixture.build(); // its own folder again
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        fixture.buildInto(empty);
        fixture.buildInto(tmp.resolve("new/deeper/site"));
        fixture.buildInto(fixture.root().resolve("target/site"));
        fixture.buildInto(fixture.root().resolve("public"));
        assertTrue(Files.isRegularFile(fixture.root().resolve("public/index.html")));
    }

    @Test
    void aSiteBuiltBeforeTheMarkerIsStillReplaced() throws Exception {
        Fixture fixture = Fixture.in(tmp.resolve("checkout"));
        fixture.build();
        Files.delete(fixture.site().resolve(OutputFolder.MARKER));
        fixture.build();
        assertTrue(Files.isRegularFile(fixture.site().resolve(OutputFolder.MARKER)));
    }

    @Test
    void aSymbolicLinkCannotHideTheCheckout() throws Exception {
        Fixture fixture = Fixture.in(tmp.resolve("checkout"));
        Path link = Files.createSymbolicLink(tmp.resolve("innocent"), fixture.root().resolve("content"));
        Map<String, byte[]> before = Fixture.snapshot(fixture.root());
        assertThrows(BuildFailedException.class, () -> fixture.buildInto(link));
        assertSameTree(before, Fixture.snapshot(fixture.root()));
    }

    private static void assertSameTree(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "no file was added or removed");
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k + " is unchanged"));
    }
}
