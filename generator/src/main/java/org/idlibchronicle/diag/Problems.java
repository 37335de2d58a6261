package org.idlibchronicle.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem a stage finds so that a contributor sees all of them in one run.
 * Thread-safe: stages may report from parallel workers. Reports come out sorted by position.
 */
public final class Problems {
    private final List<Problem> all = new ArrayList<>();

    public synchronized void error(SourcePosition at, String message) {
        all.add(new Problem(Problem.Severity.ERROR, at, message));
    }

    public synchronized void warning(SourcePosition at, String message) {
        all.add(new Problem(Problem.Severity.WARNING, at, message));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    public synchronized long errorCount() {
        return all.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    }

    public synchronized long warningCount() {
        return all.size() - errorCount();
    }

    /** A count in words: {@code 1 error}, {@code 3 errors}, {@code 0 warnings}. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** All problems, sorted by file, line, column; duplicates removed. */
    public synchronized List<Problem> sorted() {
        return all.stream().distinct().sorted().toList();
    }
}
