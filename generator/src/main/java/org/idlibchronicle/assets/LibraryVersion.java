package org.idlibchronicle.assets;

import java.net.URL;

/**
 * Which build of a library is on the class path: the name of the jar that holds one of its classes
 * (Maven names jars artifact-version.jar), found as a resource, so that a cached result can be
 * matched to the library that made it without loading the library's classes.
 */
final class LibraryVersion {
    private LibraryVersion() {}

    /** For example {@code rhino-1.9.2.jar}; the class folder's path when run from compiled classes. */
    static String holding(String className) {
        String resource = className.replace('.', '/') + ".class";
        URL url = LibraryVersion.class.getClassLoader().getResource(resource);
        if (url == null) throw new IllegalStateException("no " + resource + " on the class path");
        String where = url.toString();
        int bang = where.indexOf("!/");
        if (bang < 0) return where;
        String jar = where.substring(0, bang);
        return jar.substring(jar.lastIndexOf('/') + 1);
    }
}
