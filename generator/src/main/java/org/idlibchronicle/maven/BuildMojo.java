package org.idlibchronicle.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.idlibchronicle.Commands;
import org.idlibchronicle.pipeline.BuildFailedException;

/**
 * {@code mvn site-gen}: builds {@code site/} once and prints a summary. When the content has
 * errors they are printed as {@code path:line:col: error: message} and the build fails with the
 * count, leaving {@code site/} as it was.
 */
@Mojo(name = "build", threadSafe = true)
public class BuildMojo extends SiteMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String previousUrl = applyUrl();
        try {
            Commands.build(project(), System.out, System.err);
        } catch (BuildFailedException e) {
            // A mistake in the content, already printed line by line: Maven's BUILD FAILURE says
            // how many, and nothing about the generator's own code (no cause, no stack trace).
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("could not write the site to " + project().site() + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error fault) {
            // A fault of the generator that escaped the build: one line, no stack trace.
            throw new MojoFailureException(org.idlibchronicle.diag.Failures.describe(fault));
        } finally {
            restoreUrl(previousUrl);
        }
    }
}
