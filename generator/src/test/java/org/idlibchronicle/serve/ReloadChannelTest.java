package org.idlibchronicle.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The reload event stream keeps idle pages connected and lets go of pages that went away. */
class ReloadChannelTest {
    /** Long enough that in these tests only the explicit {@code heartbeat()} calls beat. */
    private static final Duration NEVER = Duration.ofDays(1);

    /** A page's connection that fails every write once the page has gone away, as a closed socket does. */
    private static final class PageConnection extends OutputStream {
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean gone;

        @Override
        public void write(int b) throws IOException {
            if (gone) throw new IOException("Broken pipe");
            received.write(b);
        }

        String text() {
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyPageIsSentAHeartbeatComment() throws Exception {
        try (ReloadChannel channel = new ReloadChannel(NEVER)) {
            PageConnection page = new PageConnection();
            channel.attach(page, List::of);
            channel.heartbeat();
            // A line starting with ':' is a comment, which EventSource ignores.
            assertEquals("event: hello\ndata: {}\n\n: heartbeat\n\n", page.text());
        }
    }

    @Test
    void aPageThatCannotBeWrittenToIsDroppedByTheHeartbeat() throws Exception {
        try (ReloadChannel channel = new ReloadChannel(NEVER)) {
            PageConnection open = new PageConnection();
            PageConnection closed = new PageConnection();
            channel.attach(open, List::of);
            channel.attach(closed, List::of);
            closed.gone = true;
            channel.heartbeat();
            assertEquals(1, channel.clientCount(), "the page that went away is dropped, the other one kept");
            channel.reload(java.util.List.of("index.html"));
            assertEquals(": heartbeat\n\nevent: reload\ndata: [\"index.html\"]\n\n",
                    open.text().substring("event: hello\ndata: {}\n\n".length()));
        }
    }

    @Test
    void aPageThatChangedBeforeItListenedIsToldToReloadAtOnce() throws Exception {
        try (ReloadChannel channel = new ReloadChannel(NEVER)) {
            PageConnection stale = new PageConnection();
            PageConnection current = new PageConnection();
            channel.attach(stale, () -> List.of("events/2020/a.html"));
            channel.attach(current, List::of);
            assertEquals("event: hello\ndata: {}\n\nevent: reload\ndata: [\"events/2020/a.html\"]\n\n", stale.text());
            assertEquals("event: hello\ndata: {}\n\n", current.text());
        }
    }

    @Test
    void whetherAPageIsStaleIsAskedOnlyOnceItListens() throws Exception {
        try (ReloadChannel channel = new ReloadChannel(NEVER)) {
            PageConnection page = new PageConnection();
            channel.attach(page, () -> {
                // A rebuild that ends while the page is being greeted: it must reach the page.
                assertEquals(1, channel.clientCount(), "the page listens before it is asked about");
                return List.of();
            });
        }
    }

    @Test
    void aSubscriberGetsHeartbeatsOnItsOwnAndIsReleasedWhenItGoesAway() throws Exception {
        HttpServer http = LoopbackHttp.create(0, 8);
        ExecutorService handlers = Executors.newCachedThreadPool();
        http.setExecutor(handlers);
        try (ReloadChannel channel = new ReloadChannel(Duration.ofMillis(20))) {
            http.createContext("/__dev/events", exchange -> channel.subscribe(exchange, null, List::of));
            http.start();
            // Guards against a hang only: heartbeats every 20 ms arrive well within it.
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), http.getAddress().getPort())) {
                    socket.getOutputStream().write("GET /__dev/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                    String line;
                    do {
                        line = in.readLine();
                    } while (line != null && !line.startsWith(": heartbeat"));
                    assertEquals(": heartbeat", line);
                }
                while (channel.clientCount() > 0) Thread.sleep(10);
            });
        } finally {
            http.stop(0);
            handlers.shutdownNow();
        }
    }
}
