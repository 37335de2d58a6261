package org.idlibchronicle.maven;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.idlibchronicle.config.SiteConfig;

/**
 * {@code mvn site-serve}: builds the site, serves it on 127.0.0.1 and rebuilds what an edit affects,
 * reloading the open page, until stopped with Ctrl-C. Content errors are shown in the terminal and
 * over the page; the last good site keeps being served. The server runs in a JVM of its own, with
 * the JIT settings a long-running process gains from (see {@link ChildJvm}).
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends SiteMojo {
    /** The port on 127.0.0.1. */
    @Parameter(property = "site.port", defaultValue = "8000")
    int port;

    /**
     * Options of the dev server's JVM: the quick C1 compiler only, as Maven's ({@code .mvn/jvm.config}).
     * Measured with {@code bench/serve-bench.py}, alternating, 25 edits each: an edit reached the page in
     * 165 and 146 ms with C1, 183 and 160 ms with the default tiered JIT, whose C2 compiles kept the
     * second core busy through the first edits of a session (BENCHMARKS.md).
     */
    @Parameter(property = "site.serveJvmArgs", defaultValue = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC")
    String jvmArgs = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC";

    /** The plugin, for its dependencies: the dev server's JVM needs them all (see {@code ChildJvm.classPath}). */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Parameter(defaultValue = "${settings.localRepository}", readonly = true)
    File localRepository = new File(".");

    @Override
    public void execute() throws MojoExecutionException {
        String previousUrl = applyUrl();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("site.port", String.valueOf(port));
        String siteUrl = System.getProperty(SiteConfig.PROPERTY);
        if (siteUrl != null && !siteUrl.isBlank()) properties.put(SiteConfig.PROPERTY, siteUrl);
        restoreUrl(previousUrl);
        List<String> command = ChildJvm.command(ChildJvm.options(jvmArgs), properties, ChildJvm.classPath(getClass(), plugin, localRepository.toPath()),
                List.of(root.getAbsolutePath(), "--out", project().site().toAbsolutePath().toString(), "--serve"));
        try {
            int status = ChildJvm.run(command);
            // 130 and 143: stopped by Ctrl-C or a kill, the way a dev server ends
            if (status != 0 && status != 130 && status != 143) {
                throw new MojoExecutionException("the dev server stopped with status " + status + " (see above)");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start the dev server's JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
