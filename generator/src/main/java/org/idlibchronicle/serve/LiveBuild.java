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
import org.idlibchronicle.render.RenderCache;
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
    private final RenderCache pages = new RenderCache();
    private static final String SEARCH = "search/";
    private final Map<String, Long> written = new HashMap<>();
    private SiteBuild.Generated pending;

    LiveBuild(Project project, PrintStream log) {
        this.project = project;
        this.log = log;
    }

    /** The first build: the whole site, swapped in safely like {@code mvn site-gen}. */
    synchronized Result initial() throws IOException {
        long start = System.nanoTime();
        try {
            SiteBuild build = new SiteBuild(project, log, cache).reusingPages(pages);
            List<OutputFile> files = withAssets(build.generate().files());
            new SiteWriter(project.site()).write(files);
            files.forEach(f -> written.put(f.path(), checksum(f.bytes())));
            return new Result(List.of(), List.of(), (System.nanoTime() - start) / 1_000_000, build.stageMillis());
        } catch (BuildFailedException e) {
            return new Result(List.of(), e.problems(), (System.nanoTime() - start) / 1_000_000, Map.of());
        }
    }

    /**
     * A rebuild after a change, without the search index: writes only the pages whose bytes
     * differ from the last build. Call {@link #reindex()} next to bring the search index up to date.
     */
    synchronized Result rebuild(boolean templatesOrSchemasChanged) throws IOException {
        long start = System.nanoTime();
        if (templatesOrSchemasChanged) {
            cache.clear();
            pages.clear();
        }
        SiteBuild build = new SiteBuild(project, log, cache).reusingPages(pages);
        SiteBuild.Generated generated;
        try {
            generated = build.generate(false);
        } catch (BuildFailedException e) {
            pending = null;
            return new Result(List.of(), e.problems(), (System.nanoTime() - start) / 1_000_000, Map.of());
        }
        pending = generated;
        List<String> changed = writeChanged(withAssets(generated.files()), p -> !p.startsWith(SEARCH));
        return new Result(changed, List.of(), (System.nanoTime() - start) / 1_000_000, build.stageMillis());
    }

    /** Rebuilds the search index of the last successful {@link #rebuild}; returns the files that changed. */
    synchronized List<String> reindex() throws IOException {
        if (pending == null) return List.of();
        SiteBuild.SearchIndex index = new SiteBuild(project, log, cache).searchIndex(pending.site());
        pending = null;
        return writeChanged(index.files(), p -> p.startsWith(SEARCH));
    }

    /** Writes the files that differ from what was last written, among the paths {@code scope} covers. */
    private List<String> writeChanged(List<OutputFile> files, java.util.function.Predicate<String> scope)
            throws IOException {
        List<String> changed = new ArrayList<>();
        java.util.Set<String> now = new java.util.HashSet<>();
        for (OutputFile f : files) {
            long sum = checksum(f.bytes());
            now.add(f.path());
            Long before = written.put(f.path(), sum);
            if (before == null || before != sum) {
                Path target = project.site().resolve(f.path());
                Files.createDirectories(target.getParent());
                Files.write(target, f.bytes());
                changed.add(f.path());
            }
        }
        for (String gone : new ArrayList<>(written.keySet())) {
            if (scope.test(gone) && !now.contains(gone)) {
                Files.deleteIfExists(project.site().resolve(gone));
                written.remove(gone);
                changed.add(gone);
            }
        }
        changed.sort(null);
        return changed;
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
