package org.idlibchronicle.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.idlibchronicle.pipeline.BuildFailedException;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.GoodSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing under {@code content/} is skipped without a word (issue 19, item 8): a folder or file the
 * registry does not know, and a symbolic link that dangles, loops or leaves the repository, each
 * fail the build at their path, and the previous site stays as it was.
 */
class ContentFoldersTest {
    private static final String EVENT = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";

    @TempDir
    static Path shared;
    private static GoodSite good;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildTheGoodSiteOnce() throws Exception {
        good = GoodSite.buildIn(shared.resolve("good"));
    }

    private Fixture fixture() {
        Fixture f = Fixture.in(tmp.resolve("repo"));
        Fixture.copyTree(good.site(), f.site());
        return f;
    }

    private static void failsWith(Fixture f, String expected) {
        assertThrows(BuildFailedException.class, f::build);
        assertTrue(f.log().contains(expected), () -> "expected «" + expected + "» in:\n" + f.log());
        assertFalse(f.log().contains("\tat "), "no stack trace");
        good.assertSameAs(f.site(), "site/");
    }

    private static void link(Fixture f, String link, String target) throws IOException {
        Path p = f.file(link);
        Files.createDirectories(p.getParent());
        try {
            Files.createSymbolicLink(p, Path.of(target));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links cannot be made here: " + e);
        }
    }

    @Test
    void aMisspelledKindFolderIsAnErrorWithTheRightName() {
        Fixture f = fixture();
        f.write("content/event/2018/2018-09-18-x.md", f.read(EVENT));
        failsWith(f, "content/event: error: unknown folder content/event/ (did you mean 'events/'?): content/ holds only"
                + " events/, agreements/, actors/, places/, topics/, sources/");
    }

    @Test
    void aCapitalisedKindFolderIsAnError() {
        Fixture f = fixture();
        f.write("content/Events/2018/2018-09-18-x.md", f.read(EVENT));
        failsWith(f, "content/Events: error: unknown folder content/Events/ (did you mean 'events/'?)");
    }

    @Test
    void aFileDirectlyInContentIsAnError() {
        Fixture f = fixture();
        f.write("content/x.md", f.read(EVENT));
        failsWith(f, "content/x.md: error: unexpected file content/x.md: content files go in one of");
    }

    @Test
    void aFileNamedLikeAKindSuggestsItsFolder() {
        Fixture f = fixture();
        f.write("content/places.yaml", "name: Saraqib\n");
        failsWith(f, "content/places.yaml: error: unexpected file content/places.yaml (did you mean 'places/'?)");
    }

    @Test
    void readmeFilesAndHiddenFilesAreAllowed() throws Exception {
        Fixture f = fixture();
        f.write("content/README.md", "# The record\n");
        f.write("content/events/README.md", "# Events\n");
        f.write("content/.DS_Store", "x");
        f.build();
        assertTrue(Files.exists(f.site().resolve("index.html")));
    }

    @Test
    void aDanglingLinkIsAnError() throws Exception {
        Fixture f = fixture();
        link(f, "content/places/ghost.yaml", "nowhere.yaml");
        failsWith(f, "content/places/ghost.yaml: error: symbolic link to nowhere.yaml, which does not exist");
    }

    @Test
    void aLinkToItselfIsAnError() throws Exception {
        Fixture f = fixture();
        link(f, "content/places/loop.yaml", "loop.yaml");
        failsWith(f, "content/places/loop.yaml: error: symbolic link to loop.yaml cannot be followed");
    }

    @Test
    void aFolderLinkBackUpIsAnError() throws Exception {
        Fixture f = fixture();
        link(f, "content/events/2018/back", "..");
        failsWith(f, "content/events/2018/back: error: symbolic link to .. leads to a folder that is read already");
    }

    @Test
    void aLinkOutOfTheRepositoryIsRefused() throws Exception {
        Fixture f = fixture();
        Path outside = tmp.resolve("outside.yaml");
        Files.writeString(outside, "name: Elsewhere\nkind: city\ndescription: A town.[^sohr-2019-02-16]\n");
        link(f, "content/places/elsewhere.yaml", outside.toString());
        failsWith(f, "content/places/elsewhere.yaml: error: symbolic link to " + outside + ", outside the repository");
    }

    @Test
    void aKindFolderLinkedFromOutsideIsRefused() throws Exception {
        Fixture f = fixture();
        Fixture.copyTree(f.file("content/places"), tmp.resolve("places"));
        Files.walk(f.file("content/places")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        link(f, "content/places", tmp.resolve("places").toString());
        failsWith(f, "content/places: error: symbolic link to " + tmp.resolve("places") + ", outside the repository");
    }

    @Test
    void aLinkInsideTheRepositoryIsFollowed() throws Exception {
        Fixture f = fixture();
        f.write("shared/aleppo.yaml", "name: Aleppo\nkind: city\ndescription: A city.[^sohr-2019-02-16]\n");
        link(f, "content/places/aleppo.yaml", "../../shared/aleppo.yaml");
        f.build();
        assertTrue(Files.exists(f.site().resolve("places/aleppo.html")), f.log());
    }
}
