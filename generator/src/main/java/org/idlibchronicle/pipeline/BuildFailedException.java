package org.idlibchronicle.pipeline;

import java.util.List;
import org.idlibchronicle.diag.Problem;

/**
 * The content has errors. The problems have already been printed; this carries them for callers
 * and tests. It has no stack trace: it reports the content, not a fault in the generator.
 */
public final class BuildFailedException extends Exception {
    private final transient List<Problem> problems;

    public BuildFailedException(String message, List<Problem> problems) {
        super(message, null, false, false);
        this.problems = problems;
    }

    public List<Problem> problems() {
        return problems;
    }
}
