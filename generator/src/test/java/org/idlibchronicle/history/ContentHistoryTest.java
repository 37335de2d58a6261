package org.idlibchronicle.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
            git.commit(T2, "Correct a", "content/a.md");
            write(repo.resolve("content/b.md"), "b, corrected");
            git.commit(T3, "Correct b", "content/b.md");
        }
        ContentHistory history = ContentHistory.read(repo, "content");
        var a = history.changes(Path.of("content/a.md"));
        assertEquals(java.util.List.of("Correct a", "Add a and b"), a.stream().map(ContentHistory.Change::subject).toList());
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
