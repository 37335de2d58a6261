package org.idlibchronicle;

import java.nio.file.Path;
import org.idlibchronicle.pipeline.BuildFailedException;
import org.idlibchronicle.pipeline.Project;

/**
 * The generator without Maven, for benchmarks and scripts:
 * {@code java -cp ... org.idlibchronicle.Main ROOT [--out DIR] [--serve]}. It builds {@code site/}
 * of the checkout at ROOT (or DIR), or with {@code --serve} serves it with live reload on
 * {@code -Dsite.port} (default 8000). {@code mvn site-gen} and {@code mvn site-serve} run the same
 * {@link Commands} through the plugin's goals instead (org.idlibchronicle.maven).
 * A content error prints the problems and exits with status 1.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        Project project = Project.at(Path.of(args.length > 0 ? args[0] : "."));
        boolean serve = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--serve")) {
                serve = true;
            } else if (args[i].equals("--out") && i + 1 < args.length) {
                project = project.withSite(Path.of(args[++i]));
            } else {
                System.err.println("unknown argument '" + args[i] + "': usage: Main ROOT [--out DIR] [--serve]");
                System.exit(2);
            }
        }
        String out = System.getProperty("site.out", "");
        if (!out.isBlank()) project = project.withSite(Path.of(out));
        if (serve) {
            int port = Integer.getInteger("site.port", 8000);
            try {
                Commands.serve(project, port, System.out, System.err);
            } catch (org.idlibchronicle.write.OutputFolder.Refused e) {
                System.err.println("error: " + e.getMessage());
                System.exit(1);
            } catch (java.io.IOException e) {
                System.err.println("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage());
                System.exit(1);
            } catch (RuntimeException | Error fault) {
                // A fault in the first build: one line, as mvn site-gen prints it, not a stack trace.
                System.err.println(org.idlibchronicle.diag.Failures.describe(fault));
                System.exit(1);
            }
            return;
        }
        try {
            Commands.build(project, System.out, System.err);
        } catch (BuildFailedException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (java.io.IOException e) {
            System.err.println("error: could not write the site to " + project.site() + ": " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException | Error fault) {
            // A fault of the generator that escaped the build: one line, no stack trace.
            System.err.println(org.idlibchronicle.diag.Failures.describe(fault));
            System.exit(1);
        }
    }
}
