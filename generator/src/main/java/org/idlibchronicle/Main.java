package org.idlibchronicle;

import java.nio.file.Path;
import org.idlibchronicle.build.BuildFailedException;
import org.idlibchronicle.build.BuildSummary;
import org.idlibchronicle.build.Project;
import org.idlibchronicle.build.SiteBuild;
import org.idlibchronicle.serve.DevServer;

/**
 * Entry point of {@code mvn site-gen}: builds {@code site/} from the checkout at {@code args[0]}.
 * {@code --out DIR} writes the site elsewhere; {@code --serve} (or {@code mvn site-serve}) then serves it
 * with live reload. Runs inside Maven's JVM, so it never calls
 * {@code System.exit}: a failed build throws, and Maven reports BUILD FAILURE.
 */
public final class Main {
    private Main() {}

    /**
     * {@code mvn site-serve} runs the same mojos as {@code mvn site-gen}; the phase asked for is
     * read from the command line Maven was started with (the mvn script exports it).
     */
    static boolean servingRequested(String[] args) {
        for (String a : args) {
            if (a.equals("--serve")) return true;
        }
        String cmd = System.getenv().getOrDefault("MAVEN_CMD_LINE_ARGS", "") + " "
                + System.getProperty("sun.java.command", "");
        return java.util.Arrays.asList(cmd.trim().split("\\s+")).contains("site-serve");
    }

    private static void serve(Project project) throws Exception {
        int port = Integer.getInteger("site.port", 8000);
        try (DevServer server = new DevServer(project, System.err)) {
            String url = server.start(port);
            System.out.println("Serving " + project.root().relativize(project.site()) + "/ at " + url
                    + " (watching content/, templates/, assets/, schemas/; Ctrl-C to stop)");
            Thread.currentThread().join();
        }
    }

    public static void main(String[] args) throws Exception {
        Project project = Project.at(Path.of(args.length > 0 ? args[0] : "."));
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--out")) project = project.withSite(Path.of(args[i + 1]));
        }
        String out = System.getProperty("site.out", "");
        if (!out.isBlank()) project = project.withSite(Path.of(out));
        if (servingRequested(args)) {
            serve(project);
            return;
        }
        try {
            BuildSummary summary = new SiteBuild(project, System.err).run();
            System.out.println(summary.format());
            System.out.println("Site written to " + project.root().relativize(project.site()) + "/ (open "
                    + project.root().relativize(project.site().resolve("index.html")) + ")");
        } catch (BuildFailedException e) {
            System.err.println(e.getMessage());
            throw e;
        }
    }
}
