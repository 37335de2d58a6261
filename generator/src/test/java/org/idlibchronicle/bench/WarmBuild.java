package org.idlibchronicle.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.pipeline.SiteBuild;

/**
 * Builds a checkout several times in one JVM and prints each build's stage times: the first
 * build pays for class loading and JIT warm-up, the later ones show the steady state that the
 * dev server sees. Usage: {@code WarmBuild <checkout> [runs] [outDir]}.
 */
public final class WarmBuild {
    private WarmBuild() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path out = Path.of(args.length > 2 ? args[2] : "/tmp/warm-build-site");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        for (int i = 1; i <= runs; i++) {
            SiteBuild build = new SiteBuild(Project.at(root).withSite(out), quiet);
            var summary = build.run();
            System.out.println("run " + i + ": total " + summary.totalMillis() + " ms " + summary.stageMillis());
        }
    }
}
