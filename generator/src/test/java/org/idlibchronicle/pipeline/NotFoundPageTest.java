package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.testsupport.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 404 page is served at whatever address was missing, however deep, the way static hosts
 * (GitHub Pages, Netlify, an nginx {@code error_page}) serve it. Published under a path
 * ({@code url: https://example.org/chronicle/}), its links start from that path, so that every
 * link, stylesheet and script on it works at {@code /chronicle/a/b/c/missing}.
 */
class NotFoundPageTest {
    private static final String PREFIX = "/chronicle/";

    @TempDir
    Path tmp;

    /** Serves {@code site} under {@link #PREFIX}; a missing file gets the site's 404.html with status 404. */
    static HttpServer serve(Path site) throws Exception {
        HttpServer server = org.idlibchronicle.serve.LoopbackHttp.create(0, 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = path.startsWith(PREFIX) ? site.resolve(path.substring(PREFIX.length())).normalize() : null;
            boolean found = file != null && file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = Files.readAllBytes(found ? file : site.resolve("404.html"));
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    @Test
    void atANestedMissingAddressEveryLinkOfThe404PageResolves() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write("site.yaml", f.read("site.yaml") + "url: https://example.org/chronicle/\n");
        f.build();
        HttpServer server = serve(f.site());
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PREFIX);
            URI missing = base.resolve("events/2031/no/such/page.html");
            HttpResponse<String> notFound = http.send(HttpRequest.newBuilder(missing).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, notFound.statusCode());
            Document page = Jsoup.parse(notFound.body());
            assertEquals("Page not found", page.selectFirst("h1").text());
            List<String> targets = new ArrayList<>();
            for (Element e : page.select("a[href], link[href], script[src]")) {
                targets.add(e.hasAttr("src") ? e.attr("src") : e.attr("href"));
            }
            assertTrue(targets.size() > 10, "the masthead, the page's own links, the stylesheets: " + targets);
            for (String target : targets) {
                if (target.startsWith("#")) continue;
                assertTrue(target.startsWith(PREFIX), "site-root-relative from the url's path: " + target);
                URI resolved = missing.resolve(target);
                int status = http.send(HttpRequest.newBuilder(resolved).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                assertEquals(200, status, target + " from " + missing);
            }
            String script = page.selectFirst("script[data-root]").attr("data-root");
            assertEquals(PREFIX, script, "search loads its index from the site's root");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void withoutAnAddressThe404PageKeepsRelativeLinksAndNamesNoHost() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        Document page = Jsoup.parse(f.site().resolve("404.html").toFile(), "UTF-8");
        for (Element a : page.select("a[href]")) {
            assertFalse(a.attr("href").startsWith("/") || a.attr("href").contains("://"), a.attr("href"));
        }
        assertTrue(Files.isRegularFile(f.site().resolve(page.selectFirst("main a").attr("href"))));
        // Served at a deeper address, a stylesheet or script named from here would fail to load: the
        // page carries its styles, and its script finds the site's root (NotFoundPageIT).
        assertEquals(List.of(), page.select("link[rel=stylesheet], script[src]").stream().map(Element::outerHtml).toList());
        assertTrue(page.selectFirst("head style").data().contains("--accent"), "its styles are in the page");
    }
}
