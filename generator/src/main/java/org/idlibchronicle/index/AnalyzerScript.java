package org.idlibchronicle.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The browser's copy of the query analyzer ({@code search/search-analyzer.js} among the
 * generator's resources), which {@link IndexFiles} publishes at the start of {@code search/boot.js}.
 * It belongs to the generator, not to a site's {@code assets/}: it has to give the terms of this
 * generator's {@link SearchAnalyzer}, which SearchAnalyzerParityIT checks.
 */
public final class AnalyzerScript {
    /** Where the script is among the generator's resources; also its name in minifier notes. */
    public static final String RESOURCE = "search/search-analyzer.js";

    private AnalyzerScript() {}

    /** The script as written (the dev server publishes it so; the build minifies it first). */
    public static String asWritten() {
        try (InputStream in = AnalyzerScript.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) throw new IllegalStateException("the generator jar has no " + RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
