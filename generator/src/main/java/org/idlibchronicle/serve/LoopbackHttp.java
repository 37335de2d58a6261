package org.idlibchronicle.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The JDK's HTTP server on 127.0.0.1, with Nagle's algorithm off on its connections.
 *
 * <p>Why: the JDK server leaves {@code TCP_NODELAY} off unless {@code sun.net.httpserver.nodelay}
 * is set, and it writes a response's headers and its body in two writes. On a kept-alive
 * connection the body then waits for the browser's delayed acknowledgement of the headers: about
 * 40 ms on Linux for every file after a connection's first (measured with curl over one
 * connection: 42–44 ms a request, under 1.5 ms with the property set). Static hosts such as nginx
 * and GitHub Pages send without that wait, so a preview server or a benchmark server that kept it
 * would misstate the site's speed. The property is read once, when the JVM's first server is
 * made, so it is set here, before any server is created through this class.
 */
public final class LoopbackHttp {
    static {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private LoopbackHttp() {}

    /** A server bound to 127.0.0.1 on {@code port} (0 for any free port), not yet started. */
    public static HttpServer create(int port, int backlog) throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
    }
}
