package org.idlibchronicle.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class LoopbackHttpTest {
    @Test
    void serversAreMadeWithNagleOffAndOnTheLoopbackAddress() throws Exception {
        HttpServer server = LoopbackHttp.create(0, 0);
        try {
            // The JDK reads this when its first server is made; without it every file after a
            // connection's first waits ~40 ms for a delayed acknowledgement (see LoopbackHttp).
            assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
            assertEquals(InetAddress.getLoopbackAddress(), server.getAddress().getAddress());
        } finally {
            server.stop(0);
        }
    }
}
