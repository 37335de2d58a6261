package org.idlibchronicle.index;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.idlibchronicle.build.Project;
import org.idlibchronicle.build.SiteBuild;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.StaticServer;

/** The site built from the real content/ of the checkout, once per test run, and served over http. */
final class RealSite {
    private static Path site;
    private static StaticServer server;

    private RealSite() {}

    static synchronized Path dir() throws Exception {
        if (site == null) {
            Path dir = Files.createTempDirectory("search-it-");
            Path out = dir.resolve("site");
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            try (PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8)) {
                new SiteBuild(Project.at(Fixture.REPO).withSite(out), ps).run();
            }
            site = out;
        }
        return site;
    }

    static synchronized String url() throws Exception {
        if (server == null) server = new StaticServer(dir());
        return server.url();
    }
}
