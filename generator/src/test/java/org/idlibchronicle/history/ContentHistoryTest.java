package org.idlibchronicle.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.idlibchronicle.testsupport.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link ContentHistory} reads from a repository made here commit by commit. */
class ContentHistoryTest {
    private static final Instant T1 = Instant.parse("2024-01-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2024-02-01T08:00:00Z");
    private static final Instant T3 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T4 = Instant.parse("2024-04-01T08:00:00Z");

    @TempDir
    Path tmp;

    private void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void eachFileHasItsLastCommitAndAFolderInsideTheRepositoryIsReadRelativeToItself() throws Exception {
        Path repo = tmp.resolve("repo");
        write(repo.resolve("site/content/a.md"), "a");
        write(repo.resolve("site/content/b.md"), "b");
        write(repo.resolve("elsewhere.md"), "x");
        try (TestRepository git = TestRepository.init(repo)) {
            git.commit(T1, "a and b", ".");
            write(repo.resolve("site/content/b.md"), "b, corrected");
            git.commit(T2, "correct b", "site/content/b.md");
            write(repo.resolve("elsewhere.md"), "y");
            git.commit(T3, "outside the folder", "elsewhere.md");
        }
        ContentHistory history = ContentHistory.read(repo.resolve("site"));
        assertEquals(Optional.of(T1), history.lastChanged(Path.of("content/a.md")));
        assertEquals(Optional.of(T2), history.lastChanged(Path.of("content/b.md")));
        assertEquals(Optional.empty(), history.lastChanged(Path.of("../elsewhere.md")), "outside the folder read");
    }

    @Test
    void eachFileListsTheCommitsThatChangedItNewestFirstAndTheNewestOfAllIsTheRecordDate() throws Exception {
        Path repo = tmp.resolve("repo");
        write(repo.resolve("content/a.md"), "a");
        write(repo.resolve("content/b.md"), "b");
        try (TestRepository git = TestRepository.init(repo)) {
            git.commit(T1, "Add a and b\n\nA longer body that the history does not show.", ".");
            write(repo.resolve("content/a.md"), "a, corrected");
            git.commit(T2, "Correct a\n\nRecord-note: A corrected.", "content/a.md");
            write(repo.resolve("content/b.md"), "b, corrected");
            git.commit(T3, "Correct b", "content/b.md");
        }
        ContentHistory history = ContentHistory.read(repo, "content");
        var a = history.changes(Path.of("content/a.md"));
        assertEquals(java.util.List.of("A corrected.", ""), a.stream().map(ContentHistory.Change::note).toList(),
                "the Record-note trailer, never the message");
        assertEquals(java.util.List.of(T2, T1), a.stream().map(ContentHistory.Change::time).toList());
        try (Git git = Git.open(repo.toFile())) {
            String head = git.getRepository().resolve("HEAD~1").name();
            assertEquals(head, a.get(0).hash());
            assertEquals(head.substring(0, 7), a.get(0).shortHash());
        }
        assertEquals(Optional.of(T3), history.newest());
        assertEquals(true, history.fromGit());
        assertEquals(java.util.List.of(), history.changes(Path.of("content/none.md")));
    }

    @Test
    void aFileNotCommittedYetHasNoTimeAndAnUncommittedEditKeepsTheLastCommits() throws Exception {
        Path repo = tmp.resolve("repo");
        write(repo.resolve("content/a.md"), "a");
        try (TestRepository git = TestRepository.init(repo)) {
            git.commit(T1, "a", ".");
        }
        write(repo.resolve("content/new.md"), "new");
        write(repo.resolve("content/a.md"), "a, edited");
        ContentHistory history = ContentHistory.read(repo);
        assertEquals(Optional.empty(), history.lastChanged(Path.of("content/new.md")));
        assertEquals(Optional.of(T1), history.lastChanged(Path.of("content/a.md")));
    }

    @Test
    void aMergeDatesOnlyWhatItChangedItself() throws Exception {
        Path repo = tmp.resolve("repo");
        write(repo.resolve("a.md"), "a");
        write(repo.resolve("b.md"), "b");
        try (TestRepository git = TestRepository.init(repo)) {
            git.commit(T1, "a and b", ".");
            git.checkout("side", true);
            write(repo.resolve("b.md"), "b on the side branch");
            git.commit(T2, "change b on a branch", "b.md");
            git.checkout("main", false);
            write(repo.resolve("a.md"), "a on main");
            git.commit(T3, "change a on main", "a.md");
            git.merge("side", T4);
        }
        ContentHistory history = ContentHistory.read(repo);
        assertEquals(Optional.of(T3), history.lastChanged(Path.of("a.md")));
        assertEquals(Optional.of(T2), history.lastChanged(Path.of("b.md")), "as git log -1 -- b.md tells");
    }

    /**
     * Issue 27: a page's history is in readers' words. A commit's note is its Record-note trailer;
     * its message is not shown; a merge commit, which only brings in its branch's commits, is left
     * out even where it changed a file (a conflict resolved), and a note from the reviewed list
     * fills in a commit made without a trailer.
     */
    @Test
    void changesCarryTheirRecordNoteAndMergesAreLeftOut() throws Exception {
        Path repo = tmp.resolve("repo");
        write(repo.resolve("a.md"), "a");
        try (TestRepository git = TestRepository.init(repo)) {
            git.commit(T1, "Add a (work in progress)", ".");
            git.checkout("side", true);
            write(repo.resolve("a.md"), "a on the side");
            git.commit(T2, "Fix a typo\n\nLong maintainer text.\n\nRecord-note: The spelling of a corrected.", "a.md");
            git.checkout("main", false);
            write(repo.resolve("a.md"), "a on main");
            git.commit(T3, "Merge-prep\n\nRecord-note: A's date corrected.", "a.md");
            try {
                git.merge("side", T4);
            } catch (Exception conflict) {
                // Both branches changed a: the merge resolves it, so its a differs from both parents.
                write(repo.resolve("a.md"), "a as resolved");
                git.commit(T4, "Merge branch 'side' into main", "a.md");
            }
        }
        try (Git g = Git.open(repo.toFile())) {
            assertEquals(2, g.log().setMaxCount(1).call().iterator().next().getParentCount(), "HEAD is a merge");
        }
        ContentHistory history = ContentHistory.read(repo);
        List<ContentHistory.Change> changes = history.changes(Path.of("a.md"));
        assertEquals(List.of("A's date corrected.", "The spelling of a corrected.", ""),
                changes.stream().map(ContentHistory.Change::note).toList());
        String first = changes.get(2).hash();
        ContentHistory noted = history.withNotes(java.util.Map.of(first.substring(0, 9), "First version of a."));
        assertEquals(List.of("A's date corrected.", "The spelling of a corrected.", "First version of a."),
                noted.changes(Path.of("a.md")).stream().map(ContentHistory.Change::note).toList());
    }

    @Test
    void aShallowCloneDoesNotDateFilesByItsCutOffCommit() throws Exception {
        Path repo = tmp.resolve("repo");
        write(repo.resolve("a.md"), "a");
        write(repo.resolve("b.md"), "b");
        try (TestRepository git = TestRepository.init(repo)) {
            git.commit(T1, "a and b", ".");
            write(repo.resolve("b.md"), "b, corrected");
            git.commit(T2, "correct b", "b.md");
        }
        Path full = tmp.resolve("full");
        Path shallow = tmp.resolve("shallow");
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(full.toFile()).call().close();
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(shallow.toFile()).setDepth(1).call().close();

        assertEquals(Optional.of(T1), ContentHistory.read(full).lastChanged(Path.of("a.md")));
        assertEquals(Optional.of(T2), ContentHistory.read(full).lastChanged(Path.of("b.md")));
        // The clone's only commit has no parent to diff with: it cannot tell that it did not add a.md.
        assertEquals(Optional.empty(), ContentHistory.read(shallow).lastChanged(Path.of("a.md")));
        assertEquals(Optional.empty(), ContentHistory.read(shallow).lastChanged(Path.of("b.md")));
    }

    @Test
    void outsideAGitCheckoutNothingIsKnown() throws Exception {
        write(tmp.resolve("plain/a.md"), "a");
        assertEquals(Optional.empty(), ContentHistory.read(tmp.resolve("plain")).lastChanged(Path.of("a.md")));
        assertEquals(false, ContentHistory.read(tmp.resolve("plain")).fromGit());
        assertEquals(Optional.empty(), ContentHistory.read(tmp.resolve("plain")).newest());
    }
}
