package org.idlibchronicle.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Server-sent events to every open page: {@code reload} with the paths that changed, or
 * {@code problems} with the build's messages, which the page shows as an overlay.
 *
 * <p>Every {@link #HEARTBEAT_INTERVAL} each page is also sent a comment line, which
 * {@code EventSource} ignores. It keeps an idle stream from being cut by proxies or the browser,
 * and it is how a page that went away is noticed: a write to it fails, and any failed write drops
 * the page and releases the thread that held its connection.
 */
final class ReloadChannel implements AutoCloseable {
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(15);
    /**
     * The most pages listening at once. Each holds a thread of the server while it listens; a tab
     * more is told to try again later (503; its script asks again 10 s on), so the server never runs
     * out of threads for the files.
     */
    static final int MAX_STREAMS = 48;
    private static final String HEARTBEAT = ": heartbeat\n\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    /** The site path of the page each stream listens for, when it named one. */
    private final java.util.Map<OutputStream, String> pages = new java.util.concurrent.ConcurrentHashMap<>();
    /** One for each event stream that may be open; taken before a stream is answered, given back when it ends. */
    private final java.util.concurrent.Semaphore streamPermits = new java.util.concurrent.Semaphore(MAX_STREAMS);
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dev-server-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile String lastProblems = null;

    ReloadChannel() {
        this(HEARTBEAT_INTERVAL);
    }

    /** @param heartbeatInterval how often each page is sent a comment line (shorter in tests) */
    ReloadChannel(Duration heartbeatInterval) {
        long millis = heartbeatInterval.toMillis();
        heartbeats.scheduleAtFixedRate(this::heartbeat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Holds the connection open; the exchange's thread waits here until the page is dropped.
     *
     * @param page the site path of the page that listens, or null if it named none
     * @param stale the pages of this connection that changed since they were served, asked once
     *     the page listens (see {@link #attach})
     */
    void subscribe(HttpExchange exchange, String page, Supplier<List<String>> stale) throws IOException {
        // A permit, not a look at the list's size: 4,000 streams opened at once let 49 past a size
        // check made by many threads before any of them was added.
        if (!streamPermits.tryAcquire()) {
            try (exchange) {
                byte[] body = ("more than " + MAX_STREAMS + " pages are open on the dev server: close some\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Retry-After", "10");
                exchange.sendResponseHeaders(503, body.length);
                exchange.getResponseBody().write(body);
            }
            return;
        }
        OutputStream out = null;
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            out = exchange.getResponseBody();
            if (page != null) pages.put(out, page);
            attach(out, stale);
            synchronized (out) {
                while (clients.contains(out)) out.wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (out != null) {
                clients.remove(out);
                pages.remove(out);
            }
            streamPermits.release();
            exchange.close();
        }
    }

    /**
     * Adds a page's stream and greets it, with the current problems if the last build failed, and
     * a reload if {@code stale} names pages. {@code stale} is asked only once the page is among
     * those that reloads are sent to: a rebuild that ends before that is seen by it, and one that
     * ends after is sent to the page.
     */
    void attach(OutputStream out, Supplier<List<String>> stale) throws IOException {
        clients.add(out);
        send(out, event("hello", "{}"));
        String problems = lastProblems;
        if (problems != null) send(out, event("problems", problems));
        List<String> changed = stale.get();
        if (!changed.isEmpty()) send(out, event("reload", json(changed)));
    }

    /** Sends every page the heartbeat comment; drops the pages it cannot be written to. */
    void heartbeat() {
        broadcast(HEARTBEAT);
    }

    void reload(List<String> changed) {
        lastProblems = null;
        broadcast(event("reload", json(changed)));
    }

    void problems(List<String> lines) {
        lastProblems = json(lines);
        broadcast(event("problems", lastProblems));
    }

    /** Whether the last message was problems, shown over every page until a reload. */
    boolean showingProblems() {
        return lastProblems != null;
    }

    /** The site paths of the pages listening now: those a rebuild shows first. */
    java.util.Set<String> openPages() {
        return java.util.Set.copyOf(pages.values());
    }

    int clientCount() {
        return clients.size();
    }

    private void broadcast(String message) {
        for (OutputStream out : clients) {
            try {
                send(out, message);
            } catch (IOException | RuntimeException e) {
                // Whatever the failure, the page cannot be reached; and an exception escaping
                // the scheduled heartbeat would silently end all heartbeats.
                drop(out);
            }
        }
    }

    /** Forgets a page whose stream failed, and wakes the thread holding its connection. */
    private void drop(OutputStream out) {
        clients.remove(out);
        pages.remove(out);
        synchronized (out) {
            out.notifyAll();
        }
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static void send(OutputStream out, String message) throws IOException {
        synchronized (out) {
            out.write(message.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the heartbeat; the connections end with the server. */
    @Override
    public void close() {
        heartbeats.shutdownNow();
    }
}
