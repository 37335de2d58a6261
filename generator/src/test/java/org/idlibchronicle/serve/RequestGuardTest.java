package org.idlibchronicle.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 31: the dev server answers only what a reader's own browser sends it for its own pages: GET
 * and HEAD, for 127.0.0.1 or localhost, from no other origin. A page elsewhere reaching it through
 * DNS rebinding (its Host) or a cross-site request (its Origin) is refused.
 */
class RequestGuardTest {
    @TempDir
    static Path tmp;
    private static DevServer server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        Fixture f = Fixture.in(tmp);
        server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()));
        port = URI.create(server.start(0)).getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** The status line and the rest of the response to a request written as is. */
    private static String[] request(String method, String path, String host, String origin) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            String req = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n") + "Connection: close\r\n\r\n";
            s.getOutputStream().write(req.getBytes(StandardCharsets.US_ASCII));
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int eol = response.indexOf("\r\n");
            return new String[] {response.substring(0, eol), response.substring(eol + 2)};
        }
    }

    @Test
    void itsOwnPagesAreServedByGetAndHead() throws Exception {
        assertEquals("HTTP/1.1 200 OK", request("GET", "/index.html", "127.0.0.1:" + port, null)[0]);
        assertEquals("HTTP/1.1 200 OK", request("GET", "/index.html", "localhost:" + port, "http://localhost:" + port)[0]);
        String[] head = request("HEAD", "/index.html", "localhost:" + port, null);
        assertEquals("HTTP/1.1 200 OK", head[0]);
        String rest = head[1];
        assertTrue(rest.toLowerCase().contains("content-length: "), rest);
        assertTrue(rest.endsWith("\r\n\r\n"), "a HEAD response has no body: " + rest);
    }

    @Test
    void anyOtherMethodIsRefused() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS"}) {
            String[] r = request(method, "/index.html", "127.0.0.1:" + port, null);
            assertEquals("HTTP/1.1 405 Method Not Allowed", r[0], method);
            assertTrue(r[1].contains("Allow: GET, HEAD"), r[1]);
        }
    }

    @Test
    void aRequestForAnotherHostOrFromAnotherOriginIsRefused() throws Exception {
        assertEquals("HTTP/1.1 403 Forbidden", request("GET", "/index.html", "rebound.example:" + port, null)[0]);
        assertEquals("HTTP/1.1 403 Forbidden", request("GET", "/__dev/events", "127.0.0.1:" + port, "https://evil.example")[0]);
        assertEquals("HTTP/1.1 403 Forbidden", request("GET", "/index.html", "127.0.0.1:" + port, "null")[0]);
    }

    /**
     * Issue 31: connections that each hold an event stream open no longer take a thread each. 4,000 of
     * them (the review's count) leave the server's threads at its bound, and a page is still served
     * within a second. Each connection is two file descriptors in this JVM, so the test needs a limit
     * above 8,000 (Debian's default for services is 1,048,576; a login shell's may be 1,024).
     */
    @Test
    void manyOpenEventStreamsLeaveTheThreadsBoundedAndPagesServed() throws Exception {
        int connections = 4_000;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            org.junit.jupiter.api.Assumptions.assumeTrue(unix.getMaxFileDescriptorCount() > 2 * connections + 1_000,
                    "this test opens " + connections + " connections; raise the open-files limit (ulimit -n) to run it");
        }
        java.util.List<Socket> streams = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                Socket s = new Socket("127.0.0.1", port);
                s.getOutputStream().write(("GET /__dev/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                streams.add(s);
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (server.reloadClients() < ReloadChannel.MAX_STREAMS && System.nanoTime() < deadline) Thread.sleep(20);
            assertEquals(ReloadChannel.MAX_STREAMS, server.reloadClients(), "the streams beyond the cap are refused");
            long serverThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("dev-server")).count();
            assertTrue(serverThreads <= DevServer.THREADS, serverThreads + " threads");
            long start = System.nanoTime();
            assertEquals("HTTP/1.1 200 OK", request("GET", "/index.html", "127.0.0.1:" + port, null)[0]);
            assertTrue(System.nanoTime() - start < 1_000_000_000L, "a page within a second");
        } finally {
            for (Socket s : streams) s.close();
        }
    }

    /**
     * Issue 31 (slowloris): connections that send part of a request's headers and never the rest
     * are closed after {@link LoopbackHttp#HEADER_SECONDS}, so they cannot hold the server's bounded
     * threads for longer: 200 of them (more than the threads) are all dropped, and then a page is
     * served at once. Without the timeout they held every thread for as long as they stayed open.
     * (A request that arrives while they hold every thread waits in line, and may be dropped with
     * them when its own wait passes the timeout; the server stays bounded either way.)
     */
    @Test
    void connectionsThatNeverFinishTheirHeadersAreClosedAndFreeTheThreads() throws Exception {
        java.util.List<Socket> slow = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket s = new Socket("127.0.0.1", port);
                s.getOutputStream().write(("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Slow: a")
                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
            }
            for (Socket s : slow) {
                s.setSoTimeout((LoopbackHttp.HEADER_SECONDS + 5) * 1000);
                int read;
                try {
                    read = s.getInputStream().read();
                } catch (java.net.SocketException reset) {
                    read = -1;
                }
                assertEquals(-1, read, "a connection that never finished its headers is closed by the server");
            }
            long start = System.nanoTime();
            assertEquals("HTTP/1.1 200 OK", request("GET", "/index.html", "127.0.0.1:" + port, null)[0]);
            assertTrue(System.nanoTime() - start < 1_000_000_000L, "a page within a second once they are dropped");
        } finally {
            for (Socket s : slow) s.close();
        }
    }
}
