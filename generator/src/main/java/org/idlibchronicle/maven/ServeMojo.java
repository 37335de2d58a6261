package org.idlibchronicle.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.idlibchronicle.Commands;

/**
 * {@code mvn site-serve}: builds the site, serves it on 127.0.0.1 and rebuilds what an edit affects,
 * reloading the open page, until stopped with Ctrl-C. Content errors are shown in the terminal and
 * over the page; the last good site keeps being served.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends SiteMojo {
    /** The port on 127.0.0.1. */
    @Parameter(property = "site.port", defaultValue = "8000")
    int port;

    @Override
    public void execute() throws MojoExecutionException {
        applyUrl();
        try {
            Commands.serve(project(), port, System.out, System.err);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
