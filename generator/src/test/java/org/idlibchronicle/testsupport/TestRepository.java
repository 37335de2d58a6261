package org.idlibchronicle.testsupport;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A git repository made with JGit in a test's folder, with commits at chosen times, so that the
 * history the build reads is known to the second.
 */
public final class TestRepository implements AutoCloseable {
    private final Git git;

    private TestRepository(Git git) {
        this.git = git;
    }

    /** Makes {@code dir} (which may already hold files) the work tree of a new repository. */
    public static TestRepository init(Path dir) throws GitAPIException {
        return new TestRepository(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    /**
     * Commits the files at these paths (relative to the work tree, "/" separators; a folder adds
     * everything in it), authored and committed at {@code when}. A zone other than UTC checks that
     * times are compared as instants.
     */
    public TestRepository commit(Instant when, String message, String... paths) throws GitAPIException {
        var add = git.add();
        for (String p : paths) add.addFilepattern(p);
        add.call();
        PersonIdent who = new PersonIdent("Test Author", "author@example.org", when, ZoneId.of("Asia/Damascus"));
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        return this;
    }

    /** Checks out branch {@code name}, creating it at HEAD when {@code create}. */
    public TestRepository checkout(String name, boolean create) throws GitAPIException {
        git.checkout().setName(name).setCreateBranch(create).call();
        return this;
    }

    /** Merges branch {@code name} into the current branch with a merge commit made at {@code when}. */
    public TestRepository merge(String name, Instant when) throws Exception {
        git.merge().include(git.getRepository().resolve(name)).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                .setCommit(false).call();
        PersonIdent who = new PersonIdent("Test Author", "author@example.org", when, ZoneId.of("Asia/Damascus"));
        git.commit().setMessage("merge " + name).setAuthor(who).setCommitter(who).setSign(false).call();
        return this;
    }

    @Override
    public void close() {
        git.close();
    }
}
