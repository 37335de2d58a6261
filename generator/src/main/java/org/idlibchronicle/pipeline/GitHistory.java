package org.idlibchronicle.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.idlibchronicle.history.ContentHistory;

/**
 * Reading when each file of {@code content/} changed in git, for the item pages' history, the
 * feed's dates and the citations' dates. Walking the log needs nothing of the content, so it is
 * read on a thread of its own beside the stages, and waited for only where the plan needs it.
 */
public final class GitHistory {
    private GitHistory() {}

    /**
     * Starts reading the history of {@code project}'s content on a thread of its own. Outside a git
     * checkout it says so, once per reading, and the build goes on.
     */
    public static CompletableFuture<ContentHistory> startReading(Project project, PrintStream log) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                // Only content/ dates anything: the generator's own commits are not walked.
                ContentHistory read = ContentHistory.read(project.root(),
                        project.root().relativize(project.content()).toString().replace('\\', '/'));
                if (!read.fromGit()) {
                    log.println("note: " + project.root() + " is not a git checkout with commits: pages show no"
                            + " history or last-changed date, and citations no date");
                }
                return read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, work -> {
            Thread t = new Thread(work, "git-history");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * The history, once read; the time the build waits for it is its "history" stage. A history
     * that cannot be read stops the build with one line, not a stack trace.
     */
    static ContentHistory joined(CompletableFuture<ContentHistory> history, Path root, StageTimes times)
            throws BuildFailedException {
        try {
            return times.time("history", history::join);
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw new BuildFailedException("cannot read the git history of " + root + ": " + cause.getMessage(),
                    List.of());
        }
    }
}
