package org.idlibchronicle.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves {@code site/} to the browser during development, adding the live-reload script to every
 * HTML page. The built files themselves never contain it: {@code mvn site-gen} output is clean.
 */
final class StaticFiles implements HttpHandler {
    static final String CLIENT_PATH = "/__dev/livereload.js";
    private static final byte[] SNIPPET = ("<script src=\"" + CLIENT_PATH + "\"></script>").getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "svg", "image/svg+xml", "png", "image/png",
            "txt", "text/plain; charset=utf-8", "csv", "text/csv; charset=utf-8");

    private final Path site;

    StaticFiles(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = site.resolve(path.substring(1)).normalize();
            if (!file.startsWith(site)) {
                send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                Path notFound = site.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? inject(Files.readAllBytes(notFound))
                        : "not found".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, TYPES.get("html"), body);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            byte[] body = Files.readAllBytes(file);
            if (ext.equals("html")) body = inject(body);
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
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
