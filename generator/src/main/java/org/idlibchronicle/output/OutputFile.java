package org.idlibchronicle.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One file of the built site: its path under the site root, what kind of page it is, its bytes;
 * or, for a file the build keeps outside the site ({@link #kept}), where its bytes are, so that the
 * writer places it without reading it.
 */
public record OutputFile(String path, String kind, byte[] bytes, Path keptAt) {

    public OutputFile {
        if ((bytes == null) == (keptAt == null)) {
            throw new IllegalArgumentException(path + ": an output file has its bytes, or where they are kept, not both");
        }
    }

    public OutputFile(String path, String kind, byte[] bytes) {
        this(path, kind, bytes, null);
    }

    public static OutputFile text(String path, String kind, String text) {
        return new OutputFile(path, kind, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file whose bytes are those of {@code file}, which the build keeps (a social card in
     * {@code target/social-cards/}) and never changes once written: the writer links or copies it
     * into the site instead of reading it into memory and writing it out again.
     */
    public static OutputFile kept(String path, String kind, Path file) {
        return new OutputFile(path, kind, null, file);
    }

    /** Its bytes; a kept file's are read from where it is kept, at each call. */
    @Override
    public byte[] bytes() {
        if (bytes != null) return bytes;
        try {
            return Files.readAllBytes(keptAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the file's bytes are kept, for a {@link #kept} file. */
    public Optional<Path> kept() {
        return Optional.ofNullable(keptAt);
    }
}
