package org.idlibchronicle;

import java.nio.file.Path;
import org.idlibchronicle.build.BuildFailedException;
import org.idlibchronicle.build.BuildSummary;
import org.idlibchronicle.build.Project;
import org.idlibchronicle.build.SiteBuild;

/**
 * Entry point of {@code mvn site-gen}: builds {@code site/} from the checkout at {@code args[0]}.
 * {@code --out DIR} writes the site elsewhere. Runs inside Maven's JVM, so it never calls
 * {@code System.exit}: a failed build throws, and Maven reports BUILD FAILURE.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        Project project = Project.at(Path.of(args.length > 0 ? args[0] : "."));
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--out")) project = project.withSite(Path.of(args[i + 1]));
        }
        String out = System.getProperty("site.out", "");
        if (!out.isBlank()) project = project.withSite(Path.of(out));
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
