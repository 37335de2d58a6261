package org.idlibchronicle.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.config.SiteConfig;

/** What both goals take: the checkout, where the site goes, and its public address. */
abstract class SiteMojo extends AbstractMojo {
    /** The checkout: the folder holding content/, templates/, assets/ and schemas/. */
    @Parameter(defaultValue = "${project.basedir}", required = true, readonly = true)
    File root;

    /** Where the site is written; {@code site/} of the checkout when not set. */
    @Parameter(property = "site.out")
    File out;

    /** The address the site is published at; overrides {@code url:} in site.yaml. */
    @Parameter(property = "site.url")
    String url;

    Project project() {
        Project project = Project.at(root.toPath());
        return out == null ? project : project.withSite(out.toPath());
    }

    /**
     * The build reads the address from the system property {@value SiteConfig#PROPERTY} (which
     * {@code mvn -Dsite.url=} sets already); a value configured in the POM is passed on the same way.
     *
     * @return the property's previous value, for {@link #restoreUrl}
     */
    String applyUrl() {
        String previous = System.getProperty(SiteConfig.PROPERTY);
        if (url != null && !url.isBlank()) System.setProperty(SiteConfig.PROPERTY, url.strip());
        return previous;
    }

    void restoreUrl(String previous) {
        if (previous == null) {
            System.clearProperty(SiteConfig.PROPERTY);
        } else {
            System.setProperty(SiteConfig.PROPERTY, previous);
        }
    }
}
