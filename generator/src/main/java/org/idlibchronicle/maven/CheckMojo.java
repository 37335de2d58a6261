package org.idlibchronicle.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.idlibchronicle.Commands;
import org.idlibchronicle.pipeline.BuildFailedException;

/**
 * {@code mvn site-check}: every check of {@code mvn site-gen} (content, quotes, references,
 * {@code site.yaml}, the map region, colliding addresses) in seconds, writing nothing. Problems are
 * printed as {@code path:line:col: error: message}; the goal fails with their count in words.
 */
@Mojo(name = "check", threadSafe = true)
public class CheckMojo extends SiteMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            Commands.check(project(), System.out, System.err);
        } catch (BuildFailedException e) {
            // Already printed line by line; Maven's BUILD FAILURE follows this one sentence.
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException | Error fault) {
            throw new MojoFailureException(org.idlibchronicle.diag.Failures.describe(fault));
        }
    }
}
