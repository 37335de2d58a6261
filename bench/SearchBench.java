import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.idlibchronicle.testsupport.Chromium;
import org.idlibchronicle.testsupport.StaticServer;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search benchmark driver: our index against Pagefind's, over one built site that holds both
 * (site/search/ and site/pagefind/), in Chromium over http. Run by bench/search-bench.sh.
 *
 * usage: java -cp CLASSPATH bench/SearchBench.java SITE_DIR LABEL
 * Prints one Markdown table row per engine.
 */
public class SearchBench {
    static final String OURS = """
            <!DOCTYPE html><meta charset="utf-8"><title>bench</title>
            <input id="site-search-q"><ul id="site-search-list"></ul>
            <script src="assets/js/search.js" data-root=""></script>
            <script>
            window.benchQuery = function (q) {
              var t = performance.now();
              return window.siteSearch.load().then(function (e) { return e.search(q, { limit: 5 }); })
                .then(function (r) { return { ms: performance.now() - t, urls: r.hits.map(function (h) { return h.card[1]; }) }; });
            };
            </script>""";
    static final String PAGEFIND = """
            <!DOCTYPE html><meta charset="utf-8"><title>bench</title>
            <script type="module">
            import * as pagefind from './pagefind/pagefind.js';
            window.benchQuery = async function (q) {
              const t = performance.now();
              const r = await pagefind.search(q);
              const top = await Promise.all(r.results.slice(0, 5).map(x => x.data()));
              return { ms: performance.now() - t, urls: top.map(d => d.url.replace(/^\\//, '')) };
            };
            </script>""";

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        String label = args[1];
        Files.writeString(site.resolve("bench-ours.html"), OURS);
        Files.writeString(site.resolve("bench-pagefind.html"), PAGEFIND);
        List<String> names = names(site);
        try (StaticServer srv = new StaticServer(site)) {
            server = srv;
            ChromeDriver browser = Chromium.start(1000, 800);
            browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
            try {
                for (String engine : List.of("ours", "pagefind")) {
                    run(browser, server.url(), site, engine, label, names);
                }
            } finally {
                browser.quit();
            }
        }
    }

    /** Distinct words of 5+ letters from the names of places and actors: what readers type and mistype. */
    static List<String> names(Path site) throws IOException {
        TreeSet<String> words = new TreeSet<>();
        for (String dir : List.of("places", "actors")) {
            try (Stream<Path> files = Files.list(site.resolve(dir))) {
                for (Path f : files.filter(p -> !p.getFileName().toString().equals("index.html")).sorted().toList()) {
                    String html = Files.readString(f);
                    int a = html.indexOf("<h1>"), b = html.indexOf("</h1>");
                    if (a < 0 || b < a) continue;
                    for (String w : html.substring(a + 4, b).split("[^\\p{L}]+")) {
                        if (w.length() >= 5 && w.chars().allMatch(c -> c < 128)) words.add(w.toLowerCase());
                    }
                }
            }
        }
        List<String> list = new ArrayList<>(words);
        Collections.shuffle(list, new Random(3));
        return list.subList(0, Math.min(100, list.size()));
    }

    static String typo(String w, Random r) {
        int i = 1 + r.nextInt(w.length() - 1);
        char c = (char) ('a' + r.nextInt(26));
        return switch (r.nextInt(4)) {
            case 0 -> w.substring(0, i) + w.substring(i + 1 <= w.length() ? i + 1 : i);             // deletion
            case 1 -> w.substring(0, i) + c + w.substring(i);                                         // insertion
            case 2 -> w.substring(0, i) + (c == w.charAt(i) ? (char) ('a' + (c - 'a' + 1) % 26) : c) + w.substring(i + 1); // substitution
            default -> i < w.length() - 1 && w.charAt(i) != w.charAt(i + 1)
                    ? w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2) : w.substring(0, i) + w.substring(i + 1);
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> query(ChromeDriver b, String q) {
        Object r = b.executeAsyncScript("var q = arguments[0], done = arguments[arguments.length - 1];"
                + "(function wait() { if (window.benchQuery) window.benchQuery(q).then(done, function (e) { done({ error: String(e) }); });"
                + " else setTimeout(wait, 10); })();", q);
        Map<String, Object> m = (Map<String, Object>) r;
        if (m.containsKey("error")) throw new IllegalStateException(q + ": " + m.get("error"));
        return m;
    }

    static StaticServer server;

    /** Loads the bench page fresh, runs one query; returns [gzipped bytes, requests] of the search files it loaded,
     *  as the server saw them (Pagefind fetches from a worker, which the page's resource timing does not show). */
    static long[] firstQuery(ChromeDriver b, String base, Path site, String engine, String q) throws IOException {
        b.get("about:blank");
        server.takeRequests();
        b.get(base + "bench-" + engine + ".html");
        query(b, q);
        LinkedHashSet<String> files = new LinkedHashSet<>();
        for (String path : server.takeRequests()) {
            if (engine.equals("ours") ? path.startsWith("search/") || path.startsWith("assets/js/search") : path.startsWith("pagefind/")) {
                files.add(path);
            }
        }
        long bytes = 0;
        for (String f : files) bytes += served(site.resolve(f));
        return new long[] {bytes, files.size()};
    }

    /** Bytes on the wire with gzip: Pagefind's .pf_* files are stored gzipped already. */
    static long served(Path f) throws IOException {
        return f.getFileName().toString().matches(".*\\.pf_(fragment|index|meta|filter)") ? Files.size(f) : gzipped(f);
    }

    static long gzipped(Path f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(Files.readAllBytes(f));
        }
        return out.size();
    }

    static long[] total(Path site, String engine) throws IOException {
        List<Path> roots = engine.equals("ours")
                ? List.of(site.resolve("search"), site.resolve("assets/js/search.js"), site.resolve("assets/js/search-analyzer.js"))
                : List.of(site.resolve("pagefind"));
        long raw = 0, gz = 0, files = 0;
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    raw += Files.size(f);
                    gz += served(f);
                    files++;
                }
            }
        }
        return new long[] {raw, gz, files};
    }

    @SuppressWarnings("unchecked")
    static void run(ChromeDriver b, String base, Path site, String engine, String label, List<String> names) throws IOException {
        // First query: a fresh page per query, names readers look up.
        List<long[]> first = new ArrayList<>();
        for (String q : names.subList(0, Math.min(20, names.size()))) first.add(firstQuery(b, base, site, engine, q));
        first.sort((x, y) -> Long.compare(x[0], y[0]));
        long[] median = first.get(first.size() / 2), max = first.get(first.size() - 1);
        long maxReq = first.stream().mapToLong(x -> x[1]).max().orElse(0);
        // Worst cases: a common word, 2- and 3-letter prefixes.
        StringBuilder worst = new StringBuilder();
        long worstBytes = 0;
        for (String q : List.of("government", "sa", "gov")) {
            long[] r = firstQuery(b, base, site, engine, q);
            worst.append(q).append(' ').append(r[0] / 1024).append(" KB/").append(r[1]).append(" req; ");
            worstBytes = Math.max(worstBytes, r[0]);
        }
        // Latency and typos in one page, as a reader's session: every query's time, loads included.
        b.get(base + "bench-" + engine + ".html");
        List<Double> ms = new ArrayList<>();
        Random r = new Random(11);
        int tried = 0, found = 0;
        for (String w : names) {
            Map<String, Object> exact = query(b, w);
            ms.add(((Number) exact.get("ms")).doubleValue());
            List<String> want = (List<String>) exact.get("urls");
            if (want == null || want.isEmpty()) continue;
            String typo = typo(w, r);
            Map<String, Object> t = query(b, typo);
            ms.add(((Number) t.get("ms")).doubleValue());
            for (String prefix : List.of(w.substring(0, 3), w.substring(0, 4))) {
                ms.add(((Number) query(b, prefix).get("ms")).doubleValue());
            }
            tried++;
            if (((List<String>) t.get("urls")).contains(want.get(0))) found++;
            else System.err.println(label + " " + engine + " typo miss: " + w + " → " + typo);
        }
        Collections.sort(ms);
        long[] tot = total(site, engine);
        System.out.printf(java.util.Locale.ROOT,
                "| %s | %s | %.1f MB (%.1f MB gz, %d files) | %d KB / %d req (max %d KB, %d req) | %s| %.1f / %.1f ms | %d%% (%d/%d) |%n",
                label, engine, tot[0] / 1e6, tot[1] / 1e6, tot[2], median[0] / 1024, median[1], max[0] / 1024, maxReq,
                worst, ms.get(ms.size() / 2), ms.get((int) Math.floor(ms.size() * 0.95)), tried == 0 ? 0 : 100 * found / tried, found, tried);
    }
}
