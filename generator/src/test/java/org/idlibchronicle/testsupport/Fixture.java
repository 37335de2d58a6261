package org.idlibchronicle.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.idlibchronicle.pipeline.BuildFailedException;
import org.idlibchronicle.pipeline.BuildSummary;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.pipeline.SiteBuild;

/**
 * A throwaway checkout for tests: the small fixture content tree of the test resources, with the
 * repository's real templates, assets and schemas beside it.
 */
public final class Fixture {
    public static final Path REPO = Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
    public static final Path CONTENT = REPO.resolve("generator/src/test/resources/fixture/content");
    public static final Path SETTINGS = REPO.resolve("generator/src/test/resources/fixture/site.yaml");

    private final Path root;
    private String log = "";

    private Fixture(Path root) {
        this.root = root;
    }

    public static Fixture in(Path dir) {
        copyTree(CONTENT, dir.resolve("content"));
        copyTree(SETTINGS, dir.resolve("site.yaml"));
        for (String part : List.of("templates", "assets", "schemas", "maps")) {
            copyTree(REPO.resolve(part), dir.resolve(part));
        }
        return new Fixture(dir);
    }

    public Path root() {
        return root;
    }

    public Path site() {
        return root.resolve("site");
    }

    /**
     * Where the build published the asset written as {@code path} ({@code assets/css/site.css}):
     * its name carries the hash of its bytes ({@code assets/css/site.3f9a0c1b.css}).
     */
    public Path published(String path) {
        Path asWritten = site().resolve(path);
        String name = asWritten.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String pattern = java.util.regex.Pattern.quote(name.substring(0, dot)) + "\\.[0-9a-f]{8}"
                + java.util.regex.Pattern.quote(name.substring(dot));
        try (var files = java.nio.file.Files.list(asWritten.getParent())) {
            return files.filter(f -> f.getFileName().toString().matches(pattern)).findFirst()
                    .orElseThrow(() -> new AssertionError("no published " + path + " in " + asWritten.getParent()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public Fixture write(String relative, String text) {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public Fixture writeBytes(String relative, byte[] bytes) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Saves {@code text} as many editors do: written beside the checkout's watched folders, then
     * moved over the file in one step. A plain write (truncate, then write) can reach a file
     * watcher as two bursts, and so as two rebuilds, the second changing nothing.
     */
    public Fixture save(String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Path draft = Files.createTempFile(root, ".save-", ".tmp");
            Files.writeString(draft, text);
            Files.move(draft, p, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Fixture delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Builds into {@code site/}; the problems printed are kept in {@link #log()}. */
    public BuildSummary build() throws BuildFailedException, IOException {
        return buildInto(site());
    }

    public BuildSummary buildInto(Path site) throws BuildFailedException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            return new SiteBuild(Project.at(root).withSite(site), ps).run();
        } finally {
            log = out.toString(StandardCharsets.UTF_8);
        }
    }

    public String log() {
        return log;
    }

    /** Every file of a tree with its bytes, keyed by relative path. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
