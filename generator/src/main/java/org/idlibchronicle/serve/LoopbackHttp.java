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
 * would misstate the site's speed.
 *
 * <p>Why a header timeout: the JDK server reads a request's line and headers on a thread of its
 * pool, and waits for them as long as the client likes. With the dev server's bounded pool, a
 * thousand connections trickling header bytes (slowloris) held every thread and left real requests
 * waiting forever (issue 31). {@code sun.net.httpserver.maxReqTime} closes a connection whose
 * request has not been read within {@link #HEADER_SECONDS} seconds; a browser on the same machine
 * sends its headers in well under a millisecond. It does not touch a response being written, so
 * the reload channel's long event streams stay open.
 *
 * <p>Both properties are read once, when the JVM's first server is made, so they are set here,
 * before any server is created through this class (and every server of the generator and its
 * tests is); a value the user set on the command line is kept.
 */
public final class LoopbackHttp {
    /** How long a client may take to send a request's line and headers before it is disconnected. */
    static final int HEADER_SECONDS = 5;

    static {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(HEADER_SECONDS));
        }
    }

    private LoopbackHttp() {}

    /** A server bound to 127.0.0.1 on {@code port} (0 for any free port), not yet started. */
    public static HttpServer create(int port, int backlog) throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
    }
}
