package org.idlibchronicle.assets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Minified assets by what they were made from: the minifier's identity (library and version) and
 * the source's bytes, hashed. A result is a pure function of that key, so reusing one is the same
 * as minifying again; it only spares a cold JVM the parsers' start-up (about a second on two
 * cores). Kept in memory for the JVM and on disk in the checkout's {@code target/}, which is
 * already ignored by git and emptied by {@code mvn clean}.
 */
final class MinifiedCache {
    private static final Map<String, String> MEMORY = new ConcurrentHashMap<>();

    private final Path dir;

    /** A cache whose files live in {@code dir} (made when first written). */
    MinifiedCache(Path dir) {
        this.dir = dir;
    }

    static String key(String identity, String source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(identity.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    Optional<String> get(String key) {
        String hit = MEMORY.get(key);
        Path file = dir.resolve(key);
        if (hit != null) {
            // Made for another checkout in this JVM (tests, several records): this one's cache gets it too.
            if (!Files.isRegularFile(file)) put(key, hit);
            return Optional.of(hit);
        }
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            String read = Files.readString(file, StandardCharsets.UTF_8);
            MEMORY.put(key, read);
            return Optional.of(read);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Remembers a result; a folder that cannot be written only costs the next build the time. */
    void put(String key, String minified) {
        MEMORY.put(key, minified);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.writeString(tmp, minified, StandardCharsets.UTF_8);
            // Two builds may minify the same file at once: each renames a whole file into place.
            Files.move(tmp, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // not cached on disk; the memory copy serves this JVM
        }
    }
}
