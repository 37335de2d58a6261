package org.idlibchronicle.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Optional;

/**
 * What a failure that is not a located problem was, in the words of the one who can act on it. There
 * are four kinds of failure: a mistake in the content and one in the site's set-up (templates,
 * {@code site.yaml}, schemas, the map region) are located {@link Problem}s; what is left is either the
 * machine's (a full disk, a folder it may not write, too small a heap: a plain sentence saying what
 * to change) or the generator's own bug (the only one that asks to be reported, {@link GeneratorFault}).
 */
public final class Failures {
    private Failures() {}

    /** The one line to print for {@code fault}: the machine's failure if it is one, else the generator's. */
    public static String describe(Throwable fault) {
        return environment(fault).orElseGet(() -> GeneratorFault.in(null, fault).getMessage());
    }

    /** The plain sentence for a failure of the machine the build runs on, if {@code fault} is one. */
    public static Optional<String> environment(Throwable fault) {
        for (Throwable t = fault; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
                return Optional.of("the build ran out of memory (this JVM may use " + mb + " MB): give it more, for"
                        + " example with MAVEN_OPTS=-Xmx2g, and build again (site/ was left unchanged)");
            }
            IOException io = t instanceof UncheckedIOException u ? u.getCause() : t instanceof IOException e ? e : null;
            if (io != null) return Optional.of(sentence(io));
        }
        return Optional.empty();
    }

    private static String sentence(IOException io) {
        String reason = io instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
        String file = io instanceof FileSystemException fs && fs.getFile() != null ? " " + fs.getFile() : "";
        String advice = io instanceof AccessDeniedException || reason.contains("Permission denied")
                ? "check that you may write there"
                : reason.contains("No space left") || reason.contains("Disk quota") ? "free some space"
                : "check the disk and the folder";
        return "could not read or write" + file + ": " + reason + ": " + advice
                + ", then build again (site/ was left unchanged)";
    }
}
