package org.idlibchronicle.assets;

/**
 * Makes one kind of asset smaller without changing what it does. A source it cannot read with
 * certainty is refused ({@link NotMinified}), and the asset is then published as written.
 */
interface Minifier {

    /** What the output depends on besides the source (library and version), for the cache key. */
    String identity();

    /** The minified text of {@code source}, the file {@code path} of the checkout. */
    String minify(String path, String source) throws NotMinified;

    /** Why a file is published as written: what the parser found, with its line and column. */
    final class NotMinified extends Exception {
        NotMinified(String message) {
            super(message, null, false, false);
        }
    }
}
