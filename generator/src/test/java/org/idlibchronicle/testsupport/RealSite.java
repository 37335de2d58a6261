package org.idlibchronicle.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.pipeline.SiteBuild;

/**
 * The site built from the checkout's real {@code content/}, once per test JVM, into a temporary
 * folder: the tests that walk every page share one build instead of making their own.
 */
public final class RealSite {
    private static Path site;
    private static StaticServer server;

    private RealSite() {}

    /** The built site served over http on 127.0.0.1, for tests that need a web origin. */
    public static synchronized String url() throws IOException {
        if (server == null) server = new StaticServer(site());
        return server.url();
    }

    public static synchronized Path site() {
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("idlib-real-site-");
                Path out = dir.resolve("site");
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                try (PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8)) {
                    new SiteBuild(Project.at(Fixture.REPO).withSite(out), ps).run();
                } catch (Exception e) {
                    throw new AssertionError("the real content does not build:\n" + log.toString(StandardCharsets.UTF_8), e);
                }
                site = out;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the OS cleans up what is left
        }
    }

    /** Every HTML page of the built site, as paths relative to its root with "/" separators, sorted. */
    public static List<String> pages() {
        Path root = site();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
