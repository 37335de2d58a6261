package org.idlibchronicle.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serves the site to the browser during development, from the latest {@link SiteSnapshot} (see
 * there why not from {@code site/}), adding the live-reload script to every HTML page. The built
 * files themselves never contain it: {@code mvn site-gen} output is clean.
 *
 * <p>The script carries a fingerprint of the page as served, which the page sends back when it
 * opens its event stream: a page that went stale while it was not listening (loaded just before
 * a rebuild, or open while the server was restarted) is told to reload at once
 * ({@link #fingerprintOf}).
 */
final class StaticFiles implements HttpHandler {
    static final String CLIENT_PATH = "/__dev/livereload.js";
    private static final String NOT_FOUND_PAGE = "404.html";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "svg", "image/svg+xml", "png", "image/png",
            "txt", "text/plain; charset=utf-8", "csv", "text/csv; charset=utf-8");

    private final Supplier<SiteSnapshot> site;
    /**
     * The path the site is published under ({@code /chronicle/} for {@code url:
     * https://example.org/chronicle/}, else {@code /}). A site with an address links its 404 page
     * (served at any missing address) from that path, so the server answers under it as well as
     * at {@code /}: before, the 404 page's every link led to another 404 under the dev server.
     */
    private final Supplier<String> publishedRoot;

    StaticFiles(Supplier<SiteSnapshot> site) {
        this(site, () -> "/");
    }

    StaticFiles(Supplier<SiteSnapshot> site, Supplier<String> publishedRoot) {
        this(site, publishedRoot, () -> false);
    }

    /** {@code building}: whether the first build is still running (a missing file may be coming). */
    StaticFiles(Supplier<SiteSnapshot> site, Supplier<String> publishedRoot, java.util.function.BooleanSupplier building) {
        this.site = site;
        this.publishedRoot = publishedRoot;
        this.building = building;
    }

    private final java.util.function.BooleanSupplier building;

    /** What a page that is not there yet shows while the first build runs: it asks again each second. */
    static final String BUILDING_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"1\"><title>Building the site…</title></head>"
            + "<body><p>The first build is running; this page reloads itself when it is ready.</p></body></html>";

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String urlPath = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            String root = publishedRoot.get();
            if (!root.equals("/") && (urlPath + "/").startsWith(root)) urlPath = urlPath.substring(root.length() - 1);
            String path = sitePath(urlPath);
            if (path == null) {
                send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            SiteSnapshot snapshot = site.get(); // one snapshot for the whole response
            String file = resolve(snapshot, path);
            if ((file == null || file.equals(NOT_FOUND_PAGE) && !path.equals(NOT_FOUND_PAGE)) && building.getAsBoolean()) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 503, "text/html; charset=utf-8", BUILDING_PAGE.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (file == null) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            int status = file.equals(NOT_FOUND_PAGE) && !path.equals(NOT_FOUND_PAGE) ? 404 : 200;
            byte[] body = snapshot.file(file);
            String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            // A page's fingerprint is that of the file at its path, taken before the <base> below:
            // the page compares it with fingerprintOf, and one of other bytes reloaded it in a loop.
            // Only pages carry one: the other files (scripts, search shards, cards) are not hashed.
            String fingerprint = ext.equals("html") ? fingerprint(body) : null;
            // A site without an address links its 404 page relative to the top folder, where it
            // is written: served at a deeper missing address, its links resolve from the top.
            if (status == 404) body = baseAtTheTop(body);
            if (fingerprint != null) body = inject(body, file, fingerprint);
            send(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    /**
     * The file served at site path {@code path}: the file itself, else the folder's index page,
     * as static servers do, else {@code 404.html}; null if there is none of these.
     */
    static String resolve(SiteSnapshot snapshot, String path) {
        if (snapshot.file(path) != null) return path;
        String index = (path.isEmpty() ? "" : path + "/") + "index.html";
        if (snapshot.file(index) != null) return index;
        return snapshot.file(NOT_FOUND_PAGE) != null ? NOT_FOUND_PAGE : null;
    }

    /**
     * The fingerprint of what is served at site path {@code path} now, as carried by the script
     * {@link #inject} adds; null if nothing is.
     */
    static String fingerprintOf(SiteSnapshot snapshot, String path) {
        String file = resolve(snapshot, path);
        return file == null ? null : fingerprint(snapshot.file(file));
    }

    private static String fingerprint(byte[] bytes) {
        return Long.toHexString(Checksum.of(bytes));
    }

    /**
     * The site path of a decoded URL path: relative, without empty or {@code .} segments or a
     * trailing slash ({@code ""} for the root); null if its {@code ..} segments leave the site.
     */
    static String sitePath(String urlPath) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : urlPath.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (segment.equals("..")) {
                if (segments.isEmpty()) return null;
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    /** The 404 page with {@code <base href="/404.html">} after its {@code <head>}, so relative links resolve from the top. */
    static byte[] baseAtTheTop(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int head = text.indexOf("<head>");
        if (head < 0 || text.contains("<base ")) return html;
        int at = head + "<head>".length();
        return (text.substring(0, at) + "<base href=\"/" + NOT_FOUND_PAGE + "\">" + text.substring(at))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Inserts the live-reload script before {@code </body>} (or at the end), with the page's
     * {@code fingerprint} ({@link #fingerprintOf}) and its path in the site ({@code file}): the script listens under that path and
     * compares it with the paths a reload names, which are site paths whatever address the page
     * was opened at (under a site's published path, {@code /chronicle/events/…}, or a folder's
     * address for its {@code index.html}).
     */
    static byte[] inject(byte[] html, String file, String fingerprint) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("</body>");
        String snippet = "<script src=\"" + CLIENT_PATH + "\" data-served=\"" + fingerprint + "\" data-page=\""
                + org.idlibchronicle.render.HtmlText.escape(file) + "\"></script>";
        String out = at < 0 ? text + snippet : text.substring(0, at) + snippet + text.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            // HEAD: the headers GET would send, no body (its length said, so a client knows it)
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            exchange.getResponseBody().close();
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
