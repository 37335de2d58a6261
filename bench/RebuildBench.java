import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.idlibchronicle.history.ContentHistory;
import org.idlibchronicle.load.LoadCache;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.pipeline.SiteBuild;
import org.idlibchronicle.render.RenderCache;

/**
 * The dev server's rebuild after an edit, in one JVM and without the watcher, the HTTP server or
 * the writing of pages: what `LiveBuild.rebuild` asks of the pipeline (load through render, pages
 * only, caches kept between rebuilds, and the load cache told which file changed, as the watcher
 * tells it, when the generator has `LoadCache.changedSinceLastLoad`). Edits an event's title N times (a marker word appended and
 * removed in turn) in a copy of the record, and prints each stage's median and the rebuild's.
 *
 *   java -cp generator-classes:CLASSPATH bench/RebuildBench.java CLONE [EDITS] [FILE]
 *
 * CLONE is a throwaway copy of the record (the bench edits its content); FILE is the content file
 * to edit, from CLONE (default: the middle event).
 */
public class RebuildBench {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Project project = Project.at(root);
        Path file;
        if (args.length > 2) {
            file = root.resolve(args[2]);
        } else {
            List<Path> events = new ArrayList<>();
            try (var s = Files.walk(root.resolve("content/events"))) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(events::add);
            }
            file = events.get(events.size() / 2);
        }
        String original = Files.readString(file);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        LoadCache cache = new LoadCache();
        RenderCache pages = new RenderCache();
        CompletableFuture<ContentHistory> history = CompletableFuture.completedFuture(ContentHistory.none());
        new SiteBuild(project, quiet, cache).reusingPages(pages).readingHistoryFrom(history).generate(false);
        // Older generators have no way to be told: looked up, so that the bench runs on both.
        java.lang.reflect.Method told;
        try {
            told = LoadCache.class.getMethod("changedSinceLastLoad", java.util.Set.class);
        } catch (NoSuchMethodException e) {
            told = null;
        }
        Map<String, List<Long>> stages = new TreeMap<>();
        List<Long> walls = new ArrayList<>();
        try {
            for (int i = 0; i < edits + 3; i++) {
                String edited = i % 2 == 0 ? original.replaceFirst("(?m)^title: (.*)$", "title: $1 marker")
                        : original;
                Files.writeString(file, edited, StandardCharsets.UTF_8);
                long start = System.nanoTime();
                if (told != null) told.invoke(cache, java.util.Set.of(file.toAbsolutePath().normalize()));
                SiteBuild build = new SiteBuild(project, quiet, cache).reusingPages(pages).readingHistoryFrom(history);
                build.generate(false);
                long wall = (System.nanoTime() - start) / 1_000_000;
                if (i < 3) continue;
                walls.add(wall);
                build.stageMillis().forEach((k, v) -> stages.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            }
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
        System.out.println("file: " + root.relativize(file) + ", " + edits + " edits after 3 warm-up");
        System.out.println("rebuild wall ms: median " + median(walls) + " (" + Collections.min(walls) + "–" + Collections.max(walls) + ")");
        stages.forEach((k, v) -> System.out.println("  " + k + ": median " + median(v) + " ms"));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
