package org.idlibchronicle.diag;

/**
 * A fault of the generator itself, not of the content: something a stage did not expect escaped
 * it. It says in one line what went wrong, where if known, and that it is a bug to report; the
 * Java details stay out of the contributor's way.
 */
public final class GeneratorFault extends RuntimeException {
    private final String file;

    /** {@code file} is the content file (or page) being worked on when the fault happened, or null. */
    public GeneratorFault(String file, Throwable cause) {
        super(null, cause, false, false);
        this.file = file;
    }

    /** Wraps {@code fault} with the file being worked on, unless it already names one. */
    public static GeneratorFault in(String file, Throwable fault) {
        return fault instanceof GeneratorFault known && known.file != null ? known : new GeneratorFault(file, fault);
    }

    @Override
    public String getMessage() {
        return describe(file, getCause());
    }

    /** The one line shown for an unexpected failure while working on {@code file} (null if unknown). */
    public static String describe(String file, Throwable fault) {
        Throwable cause = fault instanceof GeneratorFault g ? g.getCause() : fault;
        String what = cause instanceof StackOverflowError ? "ran out of stack (something is nested too deeply)"
                : cause instanceof OutOfMemoryError ? "ran out of memory"
                : cause.getMessage() == null || cause.getMessage().isBlank() ? "failed unexpectedly"
                : "failed unexpectedly: " + cause.getMessage().lines().findFirst().orElse("");
        String where = file == null ? "" : " while working on " + file;
        return "the generator " + what + where + "; this is a bug in the generator, not in your content: please"
                + " report it with this line (site/ was left unchanged)";
    }
}
