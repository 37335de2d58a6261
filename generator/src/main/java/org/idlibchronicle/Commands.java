package org.idlibchronicle;

import java.io.IOException;
import java.io.PrintStream;
import org.idlibchronicle.pipeline.BuildFailedException;
import org.idlibchronicle.pipeline.BuildSummary;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.pipeline.SiteBuild;
import org.idlibchronicle.serve.DevServer;

/**
 * The generator's two commands, shared by the Maven goals ({@link org.idlibchronicle.maven}) and
 * {@link Main}: build {@code site/} once, or serve it while someone writes. Problems and progress go
 * to {@code log}, the result to {@code out}, as plain lines.
 */
public final class Commands {
    private Commands() {}

    /**
     * Builds the site and prints its summary.
     *
     * @throws BuildFailedException the content has errors; they have been printed to {@code log}
     */
    public static BuildSummary build(Project project, PrintStream out, PrintStream log)
            throws BuildFailedException, IOException {
        BuildSummary summary = new SiteBuild(project, log).run();
        out.println(summary.format());
        out.println("Site written to " + shown(project, project.site()) + "/ (open "
                + shown(project, project.site().resolve("index.html")) + ")");
        return summary;
    }

    /**
     * Checks the record as a build would, renders and writes nothing, and prints one line.
     *
     * @throws BuildFailedException the record has errors; they have been printed to {@code log}
     */
    public static void check(Project project, PrintStream out, PrintStream log) throws BuildFailedException {
        out.println(new SiteBuild(project, log).check().format());
    }

    /** Serves the site with live reload until the process is stopped. */
    public static void serve(Project project, int port, PrintStream out, PrintStream log)
            throws IOException, InterruptedException {
        // Refused before the first build, so no server starts only to say it cannot write.
        org.idlibchronicle.write.OutputFolder.check(project.root(), project.site());
        try (DevServer server = new DevServer(project, log)) {
            String url = server.start(port);
            out.println("Serving " + shown(project, project.site()) + "/ at " + url
                    + " (watching content/, templates/, assets/, schemas/, maps/ and site.yaml; Ctrl-C to stop)");
            Thread.currentThread().join();
        }
    }

    /** A path relative to the checkout when it is inside it, as given otherwise. */
    private static String shown(Project project, java.nio.file.Path path) {
        java.nio.file.Path root = project.root().toAbsolutePath().normalize();
        java.nio.file.Path p = path.toAbsolutePath().normalize();
        return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
    }
}
