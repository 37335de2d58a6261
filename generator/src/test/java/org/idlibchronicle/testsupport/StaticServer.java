package org.idlibchronicle.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A folder served over http on 127.0.0.1 at a free port (JDK 17 has no SimpleFileServer). */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "svg", "image/svg+xml", "png", "image/png");
    private final HttpServer server;
    private final java.util.List<String> requests = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    // Requests are answered on threads of their own, so that one held back (hold) delays no other.
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
    private volatile java.util.regex.Pattern held;
    private volatile java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(0);

    public StaticServer(Path root) throws IOException {
        server = org.idlibchronicle.serve.LoopbackHttp.create(0, 0);
        server.createContext("/", exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
            requests.add(path.substring(1));
            if (held != null && held.matcher(path.substring(1)).matches()) {
                try {
                    release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] bytes = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    /** Answers the paths that match {@code path} only after {@link #release}: a slow network, for one file. */
    public void hold(String path) {
        release = new java.util.concurrent.CountDownLatch(1);
        held = java.util.regex.Pattern.compile(path);
    }

    /** Answers what {@link #hold} held back, and holds nothing from now on. */
    public void release() {
        held = null;
        release.countDown();
    }

    /** The paths requested since the last call, in order (a benchmark counts what a query loads). */
    public java.util.List<String> takeRequests() {
        synchronized (requests) {
            java.util.List<String> out = java.util.List.copyOf(requests);
            requests.clear();
            return out;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
