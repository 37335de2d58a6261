package org.idlibchronicle.diag;

/**
 * A located mistake that a stage meets in the middle of its work and cannot go past: a template
 * that fails on the page being rendered. It unwinds the stage like an exception, and the build
 * reports its {@link #problem()} with the others, as {@code path:line: error: ...}: it is a
 * mistake in the record's files, never a fault of the generator. Carries no stack trace.
 */
public final class ProblemFound extends RuntimeException {
    private final transient Problem problem;

    public ProblemFound(SourcePosition at, String message) {
        super(at + ": " + message, null, false, false);
        this.problem = new Problem(Problem.Severity.ERROR, at, message);
    }

    public Problem problem() {
        return problem;
    }
}
