package org.idlibchronicle.assets;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.plan.Manifest;

/**
 * Where each asset is published: its path under {@code assets/} ({@code css/site.css}) mapped to
 * the site path pages link to. A built site names each file by the hash of its bytes
 * ({@code assets/css/site.3f9a0c1b.css}), so that a browser holding one deploy's pages never pairs
 * them with the next deploy's stylesheet or script, and a file is cached for as long as it is the
 * same; the pages, which name them, are the only fixed addresses. The dev server keeps the names
 * as written ({@link #asWrittenIn}), so that an edited stylesheet changes no page.
 *
 * @param files the assets under their published names
 * @param paths by asset path, the site path pages link to
 */
public record AssetNames(List<OutputFile> files, Map<String, String> paths) {

    /** Every asset renamed by the first 8 hex digits of the SHA-256 of its bytes. */
    public static AssetNames hashed(List<OutputFile> assets) {
        List<OutputFile> out = new ArrayList<>();
        Map<String, String> paths = new TreeMap<>();
        for (OutputFile f : assets) {
            String under = f.path().substring(Manifest.ASSETS.length());
            int dot = f.path().lastIndexOf('.');
            int slash = f.path().lastIndexOf('/');
            String hashed = dot > slash ? f.path().substring(0, dot) + "." + hash(f.bytes()) + f.path().substring(dot)
                    : f.path() + "." + hash(f.bytes());
            out.add(new OutputFile(hashed, f.kind(), f.bytes()));
            paths.put(under, hashed);
        }
        return new AssetNames(List.copyOf(out), Map.copyOf(paths));
    }

    /** The names of the files of {@code assets} as written, without reading them: the dev server's links. */
    public static Map<String, String> asWrittenIn(java.nio.file.Path assets) throws java.io.IOException {
        Map<String, String> paths = new TreeMap<>();
        if (assets == null || !java.nio.file.Files.isDirectory(assets)) return paths;
        try (var walk = java.nio.file.Files.walk(assets)) {
            for (java.nio.file.Path f : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                String under = assets.relativize(f).toString().replace('\\', '/');
                paths.put(under, Manifest.ASSETS + under);
            }
        }
        return Map.copyOf(paths);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
