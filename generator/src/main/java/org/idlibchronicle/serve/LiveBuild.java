package org.idlibchronicle.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.idlibchronicle.build.BuildFailedException;
import org.idlibchronicle.build.Project;
import org.idlibchronicle.build.SiteBuild;
import org.idlibchronicle.diag.Problem;
import org.idlibchronicle.load.LoadCache;
import org.idlibchronicle.render.OutputFile;
import org.idlibchronicle.write.SiteWriter;

/**
 * Rebuilds the site after each edit during {@code mvn site-serve}. Unchanged content files come
 * from the {@link LoadCache}; the pages are regenerated in memory and only those whose bytes
 * changed are written into {@code site/}, so the browser is told exactly which pages to reload.
 * When the content has errors nothing is written: the last good site keeps being served.
 */
final class LiveBuild {
    /** The outcome of one rebuild: the pages that changed, or the problems that stopped it. */
    record Result(List<String> changed, List<Problem> problems, long millis, Map<String, Long> stages) {
        boolean failed() {
            return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        }
    }

    private final Project project;
    private final PrintStream log;
    private final LoadCache cache = new LoadCache();
    private final Map<String, Long> written = new HashMap<>();

    LiveBuild(Project project, PrintStream log) {
        this.project = project;
        this.log = log;
    }

    /** The first build: the whole site, swapped in safely like {@code mvn site-gen}. */
    synchronized Result initial() throws IOException {
        long start = System.nanoTime();
        try {
            SiteBuild build = new SiteBuild(project, log, cache);
            List<OutputFile> files = withAssets(build.generate().files());
            new SiteWriter(project.site()).write(files);
            files.forEach(f -> written.put(f.path(), checksum(f.bytes())));
            return new Result(List.of(), List.of(), (System.nanoTime() - start) / 1_000_000, build.stageMillis());
        } catch (BuildFailedException e) {
            return new Result(List.of(), e.problems(), (System.nanoTime() - start) / 1_000_000, Map.of());
        }
    }

    /** A rebuild after a change; writes only the files whose bytes differ from the last build. */
    synchronized Result rebuild(boolean templatesOrSchemasChanged) throws IOException {
        long start = System.nanoTime();
        if (templatesOrSchemasChanged) cache.clear();
        SiteBuild build = new SiteBuild(project, log, cache);
        List<OutputFile> files;
        try {
            files = withAssets(build.generate().files());
        } catch (BuildFailedException e) {
            return new Result(List.of(), e.problems(), (System.nanoTime() - start) / 1_000_000, Map.of());
        }
        if (written.isEmpty()) {
            new SiteWriter(project.site()).write(files);
        }
        List<String> changed = new ArrayList<>();
        Map<String, Long> now = new HashMap<>();
        for (OutputFile f : files) {
            long sum = checksum(f.bytes());
            now.put(f.path(), sum);
            Long before = written.get(f.path());
            if (before == null || before != sum) {
                Path target = project.site().resolve(f.path());
                Files.createDirectories(target.getParent());
                Files.write(target, f.bytes());
                changed.add(f.path());
            }
        }
        for (String gone : written.keySet()) {
            if (!now.containsKey(gone)) {
                Files.deleteIfExists(project.site().resolve(gone));
                changed.add(gone);
            }
        }
        written.clear();
        written.putAll(now);
        changed.sort(null);
        return new Result(changed, List.of(), (System.nanoTime() - start) / 1_000_000, build.stageMillis());
    }

    /** Assets are outputs too, so that an edited stylesheet is written and reloaded like a page. */
    private List<OutputFile> withAssets(List<OutputFile> files) throws IOException {
        List<OutputFile> all = new ArrayList<>(files);
        Path assets = project.assets();
        if (Files.isDirectory(assets)) {
            try (Stream<Path> walk = Files.walk(assets)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    all.add(new OutputFile("assets/" + assets.relativize(p).toString().replace('\\', '/'), "asset",
                            Files.readAllBytes(p)));
                }
            }
        }
        return all;
    }

    private static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue() ^ ((long) bytes.length << 32);
    }
}
