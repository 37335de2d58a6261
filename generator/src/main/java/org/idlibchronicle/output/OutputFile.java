package org.idlibchronicle.output;

import java.nio.charset.StandardCharsets;

/** One file of the built site: its path under the site root, what kind of page it is, its bytes. */
public record OutputFile(String path, String kind, byte[] bytes) {

    public static OutputFile text(String path, String kind, String text) {
        return new OutputFile(path, kind, text.getBytes(StandardCharsets.UTF_8));
    }
}
