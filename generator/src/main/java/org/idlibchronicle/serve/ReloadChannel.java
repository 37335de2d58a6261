package org.idlibchronicle.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to every open page: {@code reload} with the paths that changed, or
 * {@code problems} with the build's messages, which the page shows as an overlay.
 */
final class ReloadChannel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile String lastProblems = null;

    /** Holds the connection open; the exchange's thread waits here until the client goes away. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        clients.add(out);
        try {
            send(out, "hello", "{}");
            if (lastProblems != null) send(out, "problems", lastProblems);
            synchronized (out) {
                while (clients.contains(out)) out.wait(15_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(out);
            exchange.close();
        }
    }

    void reload(List<String> changed) {
        lastProblems = null;
        broadcast("reload", json(changed));
    }

    void problems(List<String> lines) {
        lastProblems = json(lines);
        broadcast("problems", lastProblems);
    }

    int clientCount() {
        return clients.size();
    }

    private void broadcast(String event, String data) {
        for (OutputStream out : clients) {
            try {
                send(out, event, data);
            } catch (IOException e) {
                clients.remove(out);
                synchronized (out) {
                    out.notifyAll();
                }
            }
        }
    }

    private static void send(OutputStream out, String event, String data) throws IOException {
        synchronized (out) {
            out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
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
}
