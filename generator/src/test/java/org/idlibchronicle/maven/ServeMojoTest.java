package org.idlibchronicle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn site-serve}: the dev server in a JVM of its own, started and stopped with the goal. */
class ServeMojoTest {
    @TempDir
    Path tmp;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void theGoalServesTheSiteFromAChildJvmAndStopsItWhenItStops() throws Exception {
        Fixture f = Fixture.in(tmp);
        ServeMojo mojo = new ServeMojo();
        mojo.root = f.root().toFile();
        mojo.port = freePort();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread goal = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        goal.start();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI index = URI.create("http://127.0.0.1:" + mojo.port + "/index.html");
        int status = 0;
        for (long end = System.nanoTime() + Duration.ofSeconds(90).toNanos(); status != 200 && System.nanoTime() < end; ) {
            try {
                status = http.send(HttpRequest.newBuilder(index).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (ConnectException notYet) {
                Thread.sleep(200);
            }
            assertTrue(goal.isAlive(), () -> "the goal ended early: " + failure.get());
        }
        assertEquals(200, status, "the child JVM serves the built site");

        goal.interrupt();
        goal.join(Duration.ofSeconds(30).toMillis());
        assertFalse(goal.isAlive(), "the goal returns when interrupted");
        assertEquals(null, failure.get());
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", mojo.port).close(),
                "the child JVM was stopped with the goal");
    }

    @Test
    void theChildRunsMainWithTheGivenOptionsPropertiesAndArguments() {
        List<String> command = ChildJvm.command(ChildJvm.options(" -XX:+UseParallelGC  -Xmx1g "),
                Map.of("site.port", "8123"), "a.jar", List.of("/checkout", "--serve"));
        assertTrue(command.get(0).endsWith("java"), command.get(0));
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmx1g", "-Dsite.port=8123", "-cp", "a.jar",
                "org.idlibchronicle.Main", "/checkout", "--serve"), command.subList(1, command.size()));
    }
}
