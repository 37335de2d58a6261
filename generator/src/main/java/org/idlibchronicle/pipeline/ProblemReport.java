package org.idlibchronicle.pipeline;

import java.io.PrintStream;
import org.idlibchronicle.diag.Annotations;
import org.idlibchronicle.diag.Problem;
import org.idlibchronicle.diag.Problems;

/**
 * How a build tells the problems its stages found: each printed in file order, then the count;
 * errors stop the build with a message that says what to do next.
 *
 * @param nextStep what the failure message tells the contributor to do: a build and
 *                 {@code mvn site-check} differ
 */
record ProblemReport(PrintStream log, String nextStep) {

    /**
     * Stops the build if a stage found errors, printing every problem found so far. A build that
     * goes on prints its warnings once, at its end ({@link #print}): this is called after several
     * stages, and printed each time, a warning of the check stage came out twice.
     */
    void failOnErrors(Problems problems) throws BuildFailedException {
        if (problems.hasErrors()) {
            print(problems);
            boolean content = problems.sorted().stream().allMatch(p -> p.position().path().startsWith("content/"));
            throw new BuildFailedException(Problems.count(problems.errorCount(), "error")
                    + (content ? " in content/" : " in the record's files") + ": " + nextStep, problems.sorted());
        }
    }

    /** Prints the problems, with a CI annotation beside each when one is wanted, and their count if any. */
    void print(Problems problems) {
        boolean annotate = Annotations.wanted();
        for (Problem p : problems.sorted()) {
            log.println(p);
            if (annotate) Annotations.of(p).ifPresent(log::println);
        }
        if (problems.hasErrors() || problems.warningCount() > 0) {
            log.println(Problems.count(problems.errorCount(), "error") + ", " + Problems.count(problems.warningCount(), "warning"));
        }
    }
}
