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
 */
final class StaticFiles implements HttpHandler {
    static final String CLIENT_PATH = "/__dev/livereload.js";
    private static final byte[] SNIPPET = ("<script src=\"" + CLIENT_PATH + "\"></script>").getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "svg", "image/svg+xml", "png", "image/png",
            "txt", "text/plain; charset=utf-8", "csv", "text/csv; charset=utf-8");

    private final Supplier<SiteSnapshot> site;

    StaticFiles(Supplier<SiteSnapshot> site) {
        this.site = site;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = sitePath(URI.create(exchange.getRequestURI().getRawPath()).getPath());
            if (path == null) {
                send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            SiteSnapshot snapshot = site.get(); // one snapshot for the whole response
            // A folder's address serves its index page, as static servers do.
            String file = snapshot.file(path) != null ? path : (path.isEmpty() ? "" : path + "/") + "index.html";
            byte[] body = snapshot.file(file);
            if (body == null) {
                byte[] notFound = snapshot.file("404.html");
                send(exchange, 404, TYPES.get("html"),
                        notFound != null ? inject(notFound) : "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (ext.equals("html")) body = inject(body);
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
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

    /** Inserts the live-reload script before {@code </body>} (or at the end). */
    static byte[] inject(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("</body>");
        String snippet = new String(SNIPPET, StandardCharsets.UTF_8);
        String out = at < 0 ? text + snippet : text.substring(0, at) + snippet + text.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
