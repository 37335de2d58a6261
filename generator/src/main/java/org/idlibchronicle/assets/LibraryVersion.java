package org.idlibchronicle.assets;

import java.net.URL;

/**
 * Which build of a library, and of our own code, is on the class path: the name of the jar that
 * holds one of a library's classes (Maven names jars artifact-version.jar), found as a resource
 * without loading the library's classes, and a digest of our classes' bytecode; so that a cached
 * result is matched to the code that made it.
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

    /**
     * A digest of the compiled code of {@code classes}, for the identity of a minifier whose own
     * code decides its output: a change to that code makes different keys, so no result of the old
     * code is reused (a version number kept by hand would be forgotten one day).
     */
    static String code(Class<?>... classes) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Class<?> c : classes) {
                String resource = c.getName().replace('.', '/') + ".class";
                try (java.io.InputStream in = c.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) throw new IllegalStateException("no " + resource + " on the class path");
                    sha.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
