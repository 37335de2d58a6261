package org.idlibchronicle.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What every request to the dev server passes first. The server listens on the loopback address
 * only, but a web page elsewhere can still reach it through the reader's browser: by a DNS name
 * rebound to 127.0.0.1 (its Host header then names that site), or by a cross-site request (its
 * Origin names that site). Those are refused, as is every method but GET and HEAD: the server only
 * shows files.
 */
final class RequestGuard extends Filter {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            refuse(exchange, 405, "the dev server only shows files: use GET or HEAD");
            return;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !LOOPBACK.contains(hostName(host))) {
            refuse(exchange, 403, "the dev server answers requests for 127.0.0.1 and localhost only");
            return;
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !loopbackOrigin(origin)) {
            refuse(exchange, 403, "the dev server answers pages it served itself only");
            return;
        }
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "loopback Host and Origin, GET and HEAD only";
    }

    /** The host of a Host header, without its port: {@code localhost:8000} → {@code localhost}. */
    static String hostName(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean loopbackOrigin(String origin) {
        try {
            URI uri = new URI(origin.strip());
            String host = uri.getHost();
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && host != null
                    && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void refuse(HttpExchange exchange, int status, String why) throws IOException {
        try (exchange) {
            byte[] body = (why + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        }
    }
}
