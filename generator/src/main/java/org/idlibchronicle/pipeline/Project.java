package org.idlibchronicle.pipeline;

import java.nio.file.Path;

/** The folders a build reads and the folder it writes. */
public record Project(Path root, Path content, Path templates, Path assets, Path schemas, Path site) {

    /** The standard layout of a checkout: content/, templates/, assets/, schemas/ → site/. */
    public static Project at(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new Project(r, r.resolve("content"), r.resolve("templates"), r.resolve("assets"), r.resolve("schemas"),
                r.resolve("site"));
    }

    public Project withSite(Path site) {
        return new Project(root, content, templates, assets, schemas, site.toAbsolutePath().normalize());
    }

    public Project withContent(Path newContent) {
        return new Project(root, newContent.toAbsolutePath().normalize(), templates, assets, schemas, site);
    }
}
