package org.idlibchronicle.assets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.idlibchronicle.output.OutputFile;

/**
 * The checkout's {@code assets/} as the site publishes them: stylesheets and scripts minified
 * (the files under {@code assets/} stay as contributors write them), everything else copied.
 * A stylesheet or script the minifier cannot read with certainty is published as written, with a
 * note saying why; the site works the same either way.
 */
public final class SiteAssets {
    private static final Map<String, Minifier> BY_EXTENSION = Map.of(".css", new CssMinifier(), ".js", new JsMinifier());

    private final Path assets;
    private final MinifiedCache cache;

    /**
     * @param assets   the checkout's {@code assets/} folder (may be absent)
     * @param cacheDir where minified results are kept between builds
     */
    public SiteAssets(Path assets, Path cacheDir) {
        this.assets = assets;
        this.cache = new MinifiedCache(cacheDir);
    }

    /** Every asset as an output file under {@code assets/}, sorted by path; notes go to {@code notes}. */
    public List<OutputFile> files(Consumer<String> notes) throws IOException {
        List<OutputFile> out = new ArrayList<>();
        for (OutputFile f : asWritten(assets)) out.add(new OutputFile(f.path(), f.kind(), published(f.path(), f.bytes(), notes)));
        return out;
    }

    /**
     * Every file of {@code assets} (may be null or absent) as written, as an output file under
     * {@code assets/}, sorted by path: what the dev server serves, and what {@link #files} minifies.
     */
    public static List<OutputFile> asWritten(Path assets) throws IOException {
        List<OutputFile> out = new ArrayList<>();
        if (assets == null || !Files.isDirectory(assets)) return out;
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.add(new OutputFile(org.idlibchronicle.plan.Manifest.ASSETS + assets.relativize(f).toString().replace('\\', '/'), "asset",
                        Files.readAllBytes(f)));
            }
        }
        return out;
    }

    /**
     * A script of the generator's own that the site publishes inside another file (the search
     * analyzer in {@code search/boot.js}), minified as the site's scripts are; {@code name} names it
     * in a note.
     */
    public String publishedScript(String name, String source, Consumer<String> notes) {
        return new String(published(name, source.getBytes(StandardCharsets.UTF_8), notes), StandardCharsets.UTF_8);
    }

    private byte[] published(String path, byte[] bytes, Consumer<String> notes) {
        Minifier minifier = BY_EXTENSION.get(extension(path));
        if (minifier == null) return bytes;
        String source = new String(bytes, StandardCharsets.UTF_8);
        String key = MinifiedCache.key(minifier.identity(), source);
        Optional<String> cached = cache.get(key);
        if (cached.isPresent()) return cached.get().getBytes(StandardCharsets.UTF_8);
        try {
            String minified = minifier.minify(path, source);
            cache.put(key, minified);
            return minified.getBytes(StandardCharsets.UTF_8);
        } catch (Minifier.NotMinified e) {
            notes.accept("note: " + path + " is published as written, not minified: " + e.getMessage());
            return bytes;
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot);
    }
}
