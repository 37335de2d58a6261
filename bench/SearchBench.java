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
 * usage: java -cp CLASSPATH bench/SearchBench.java SITE_DIR LABEL [ROUNDS]
 * Each engine is asked for as many results as the site shows: 8 (the search box) and 10 (the first
 * page of search.html), with the data needed to show them. The engines alternate, ROUNDS times
 * (default 2), in opposite order each round; timings are pooled over the rounds. Prints Markdown
 * table rows: one per engine and result count. {@code -Dengines=ours} measures our engine alone (while
 * iterating on the index: Pagefind's numbers do not change); each first query's files go to stderr.
 */
public class SearchBench {
    static final String OURS = """
            <!DOCTYPE html><meta charset="utf-8"><title>bench</title>
            <form><input id="site-search-q"><ul id="site-search-list"></ul></form>
            <script src="SEARCH_JS" data-root="" data-dates="DATES_JS"></script>
            <script>
            // search.js sets window.siteSearch once the page is parsed: a query asked before then waits
            // for it, and its time starts when the engine can be asked.
            function ready() { return new Promise(function (ok) { (function w() { if (window.siteSearch) ok(); else setTimeout(w, 2); })(); }); }
            window.benchQuery = function (q, limit) {
              return ready().then(function () {
                var t = performance.now();
                return window.siteSearch.load().then(function (e) { return e.search(q, { limit: limit, offset: 0 }); })
                  .then(function (r) { return { ms: performance.now() - t, urls: r.hits.map(function (h) { return h.card[1]; }) }; });
              });
            };
            </script>""";
    static final String PAGEFIND = """
            <!DOCTYPE html><meta charset="utf-8"><title>bench</title>
            <script type="module">
            import * as pagefind from './pagefind/pagefind.js';
            window.benchQuery = async function (q, limit) {
              const t = performance.now();
              const r = await pagefind.search(q);
              const top = await Promise.all(r.results.slice(0, limit).map(x => x.data()));
              return { ms: performance.now() - t, urls: top.map(d => d.url.replace(/^\\//, '')) };
            };
            </script>""";

    /** Queries of two and three words, and quoted phrases: what the latency session and the size checks include. */
    static final List<String> MULTI = List.of("turkish soldiers killed", "russian air strikes", "observation post saraqib",
            "government forces advance", "displaced idlib", "moscow ceasefire", "sochi memorandum", "m4 highway",
            "jisr al-shughur", "hts fighters");
    static final List<String> PHRASES = List.of("\"5 March 2020\"", "\"turkish syrian\"", "\"observation post\"",
            "\"moscow protocol\"", "\"government forces\"", "\"air strikes\"", "\"syrian arab army\"", "\"turkish soldiers\"");
    static final List<String> WORST = List.of("government", "sa", "gov", "syria", "\"5 March 2020\"", "\"turkish syrian\"");

    static final List<String> ENGINES = List.of(System.getProperty("engines", "ours,pagefind").split(","));

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        String label = args[1];
        Files.writeString(site.resolve("bench-ours.html"), OURS.replace("SEARCH_JS", searchScript(site, "search"))
                .replace("DATES_JS", searchScript(site, "search-dates")));
        Files.writeString(site.resolve("bench-pagefind.html"), PAGEFIND);
        List<String> names = names(site);
        try (StaticServer srv = new StaticServer(site)) {
            server = srv;
            ChromeDriver browser = Chromium.start(1000, 800);
            browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
            try {
                if (System.getProperty("judged") != null) {
                    judged(browser, server.url(), Path.of(System.getProperty("judged")), label);
                    return;
                }
                int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
                for (int limit : List.of(8, 10)) {
                    Map<String, Stats> stats = new java.util.LinkedHashMap<>();
                    stats.put("ours", new Stats());
                    stats.put("pagefind", new Stats());
                    for (int round = 0; round < rounds; round++) {
                        List<String> order = round % 2 == 0 ? List.of("ours", "pagefind") : List.of("pagefind", "ours");
                        for (String engine : order) if (ENGINES.contains(engine)) measure(browser, server.url(), site, engine, label, names, limit, stats.get(engine), limit == 8);
                    }
                    for (var e : stats.entrySet()) if (ENGINES.contains(e.getKey())) report(site, e.getKey(), label, limit, e.getValue(), limit == 8);
                }
            } finally {
                browser.quit();
            }
        }
    }

    /** The search script as the site names it: its name carries a hash of its content. */
    static String searchScript(Path site, String name) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("assets/js"))) {
            return "assets/js/" + files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches(name + "(\\.[0-9a-f]{8})?\\.js")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no search script in " + site.resolve("assets/js")));
        }
    }

    /**
     * The judged queries of issue 29 ({@code bench/judged-queries.tsv}: kind, query, wanted pages):
     * for each engine, in one page, whether a wanted page (fragment aside) is among the first 5
     * results. Prints a Markdown row per engine and kind; each miss goes to stderr with the top 5.
     */
    static void judged(ChromeDriver b, String base, Path file, String label) throws IOException {
        record Judged(String kind, String query, List<String> wanted) {}
        List<Judged> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#") || line.startsWith("kind\t") || line.isBlank()) continue;
            String[] cols = line.split("\t");
            queries.add(new Judged(cols[0], cols[1], List.of(cols[2].split("\\s*\\|\\s*"))));
        }
        List<String> kinds = queries.stream().map(Judged::kind).distinct().toList();
        for (String engine : ENGINES) {
            b.get(base + "bench-" + engine + ".html");
            Map<String, int[]> byKind = new java.util.LinkedHashMap<>();
            for (Judged j : queries) {
                List<String> top = top5(query(b, j.query(), 5)).stream().map(u -> u.replaceFirst("#.*", "")).toList();
                boolean hit = top.stream().anyMatch(j.wanted()::contains);
                int[] n = byKind.computeIfAbsent(j.kind(), k -> new int[2]);
                n[0]++;
                if (hit) n[1]++;
                else System.err.println(label + " " + engine + " judged miss [" + j.kind() + "] " + j.query() + " → " + top);
            }
            int all = byKind.values().stream().mapToInt(n -> n[0]).sum(), found = byKind.values().stream().mapToInt(n -> n[1]).sum();
            StringBuilder row = new StringBuilder("| " + label + " | " + engine + " | ");
            for (String k : kinds) row.append(byKind.get(k)[1]).append('/').append(byKind.get(k)[0]).append(" | ");
            row.append(String.format(java.util.Locale.ROOT, "%d/%d (%.0f %%) |", found, all, 100.0 * found / all));
            System.out.println(row);
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
    static Map<String, Object> query(ChromeDriver b, String q, int limit) {
        Object r = b.executeAsyncScript("var q = arguments[0], limit = arguments[1], done = arguments[arguments.length - 1];"
                + "(function wait() { if (window.benchQuery) window.benchQuery(q, limit).then(done, function (e) { done({ error: String(e) }); });"
                + " else setTimeout(wait, 10); })();", q, limit);
        Map<String, Object> m = (Map<String, Object>) r;
        if (m.containsKey("error")) throw new IllegalStateException(q + ": " + m.get("error"));
        return m;
    }

    static StaticServer server;

    /** One query on a fresh page: gzipped bytes and requests of the search files the server was asked
     *  for (Pagefind fetches from a worker, which the page's resource timing does not show), and its time. */
    record First(String query, long bytes, long requests, double ms) {}

    static First firstQuery(ChromeDriver b, String base, Path site, String engine, String q, int limit) throws IOException {
        b.get("about:blank");
        server.takeRequests();
        b.get(base + "bench-" + engine + ".html");
        double ms = ((Number) query(b, q, limit).get("ms")).doubleValue();
        LinkedHashSet<String> files = new LinkedHashSet<>();
        for (String path : server.takeRequests()) {
            if (engine.equals("ours") ? path.startsWith("search/") || path.startsWith("assets/js/search") : path.startsWith("pagefind/")) {
                files.add(path);
            }
        }
        long bytes = 0;
        for (String f : files) bytes += served(site.resolve(f));
        System.err.printf(java.util.Locale.ROOT, "%s %d %s: %d KB / %d req %s%n", engine, limit, q, bytes / 1024, files.size(), files);
        return new First(q, bytes, files.size(), ms);
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
                // The engine's scripts with the index: search.js, and the parts split from it since
                // (search-dates.js, loaded by a query with a year; search-page.js, search.html's own).
                ? List.of(site.resolve("search"), site.resolve(searchScript(site, "search")),
                        site.resolve(searchScript(site, "search-dates")), site.resolve(searchScript(site, "search-page")))
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

    /** What one engine measured, pooled over the rounds. */
    static final class Stats {
        final Map<String, List<First>> first = new java.util.LinkedHashMap<>();
        final List<Double> warm = new ArrayList<>();
        int tried1, found1, tried2, found2;
    }

    @SuppressWarnings("unchecked")
    static void measure(ChromeDriver b, String base, Path site, String engine, String label, List<String> names, int limit,
                        Stats st, boolean session) throws IOException {
        // First query: a fresh page per query: names readers look up, several words, phrases, worst cases.
        Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        groups.put("names", names.subList(0, Math.min(20, names.size())));
        groups.put("multi", MULTI);
        groups.put("phrases", PHRASES);
        // One-edit typos of the first ten names (a query readers type too, and the one that loads
        // the vocabulary files and candidate shards); their own seed, so the list is the same each run.
        Random typos = new Random(7);
        groups.put("typos", names.subList(0, Math.min(10, names.size())).stream().map(w -> typo(w, typos)).toList());
        groups.put("worst", WORST);
        groups.forEach((group, qs) -> {
            for (String q : qs) {
                try {
                    st.first.computeIfAbsent(group, g -> new ArrayList<>()).add(firstQuery(b, base, site, engine, q, limit));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        if (!session) return;
        // Latency and typos in one page, as a reader's session: every query's time, loads included.
        b.get(base + "bench-" + engine + ".html");
        Random r = new Random(11);
        for (String w : names) {
            Map<String, Object> exact = query(b, w, limit);
            warm(st, engine, w, exact);
            List<String> want = (List<String>) exact.get("urls");
            if (want == null || want.isEmpty()) continue;
            String typo = typo(w, r);
            Map<String, Object> t = query(b, typo, limit);
            warm(st, engine, typo, t);
            for (String prefix : List.of(w.substring(0, 3), w.substring(0, 4))) {
                warm(st, engine, prefix, query(b, prefix, limit));
            }
            st.tried1++;
            if (top5(t).contains(want.get(0))) st.found1++;
            else System.err.println(label + " " + engine + " typo miss: " + w + " → " + typo);
            if (w.length() >= 8) {
                // Two edits: a second random edit of the first typo.
                String twice = typo(typo, r);
                Map<String, Object> t2 = query(b, twice, limit);
                warm(st, engine, twice, t2);
                st.tried2++;
                if (top5(t2).contains(want.get(0))) st.found2++;
                else System.err.println(label + " " + engine + " two-edit miss: " + w + " → " + twice);
            }
        }
        for (String q : MULTI) warm(st, engine, q, query(b, q, limit));
        for (String q : PHRASES) warm(st, engine, q, query(b, q, limit));
    }

    /** Records a session query's time; the slow ones (over the 30 ms target) go to stderr, to profile. */
    static void warm(Stats st, String engine, String q, Map<String, Object> result) {
        double ms = ((Number) result.get("ms")).doubleValue();
        st.warm.add(ms);
        if (ms > 30) System.err.printf(java.util.Locale.ROOT, "%s slow: %s %.1f ms%n", engine, q, ms);
    }

    @SuppressWarnings("unchecked")
    static List<String> top5(Map<String, Object> result) {
        List<String> urls = (List<String>) result.get("urls");
        return urls.subList(0, Math.min(5, urls.size()));
    }

    static String sizes(List<First> fs) {
        List<First> sorted = new ArrayList<>(fs);
        sorted.sort((x, y) -> Long.compare(x.bytes(), y.bytes()));
        First median = sorted.get(sorted.size() / 2), max = sorted.get(sorted.size() - 1);
        long maxReq = fs.stream().mapToLong(First::requests).max().orElse(0);
        return median.bytes() / 1024 + " KB / " + median.requests() + " req (max " + max.bytes() / 1024 + " KB, " + maxReq + " req)";
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(sorted.size() * p)));
    }

    static void report(Path site, String engine, String label, int limit, Stats st, boolean session) throws IOException {
        long[] tot = total(site, engine);
        StringBuilder worst = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (First f : st.first.get("worst")) {
            if (seen.add(f.query())) worst.append(f.query()).append(' ').append(f.bytes() / 1024).append(" KB/").append(f.requests()).append(" req; ");
        }
        List<Double> cold = new ArrayList<>();
        st.first.values().forEach(l -> l.forEach(f -> cold.add(f.ms())));
        System.out.printf(java.util.Locale.ROOT,
                "| %s | %s | %d | %.1f MB (%.1f MB gz, %d files) | %s | %s | %s | %s | %s| %.0f / %.0f ms | %s | %s | %s |%n",
                label, engine, limit, tot[0] / 1e6, tot[1] / 1e6, tot[2], sizes(st.first.get("names")), sizes(st.first.get("multi")),
                sizes(st.first.get("phrases")), sizes(st.first.get("typos")), worst, percentile(cold, 0.5), percentile(cold, 0.95),
                session ? String.format(java.util.Locale.ROOT, "%.1f / %.1f ms", percentile(st.warm, 0.5), percentile(st.warm, 0.95)) : "—",
                session ? (st.tried1 == 0 ? "—" : 100 * st.found1 / st.tried1 + "% (" + st.found1 + "/" + st.tried1 + ")") : "—",
                session ? (st.tried2 == 0 ? "—" : 100 * st.found2 / st.tried2 + "% (" + st.found2 + "/" + st.tried2 + ")") : "—");
    }
}
