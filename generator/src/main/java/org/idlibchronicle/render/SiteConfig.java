package org.idlibchronicle.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings of the published site that content cannot supply. Only one so far: the absolute
 * address the site is published at, which canonical links, {@code og:url}, the sitemap and the
 * robots.txt {@code Sitemap:} line need. It is read from {@code site.yaml} at the root of the
 * checkout ({@code url: https://example.org/chronicle/}), and {@code -Dsite.url=...} overrides it.
 * Without it the build writes no absolute address at all (no canonical link, no sitemap) rather
 * than guess a domain: every page link is relative and works from any folder or host.
 */
public record SiteConfig(Optional<String> baseUrl) {
    public static final String FILE = "site.yaml";
    public static final String PROPERTY = "site.url";

    public static SiteConfig none() {
        return new SiteConfig(Optional.empty());
    }

    public static SiteConfig of(String url) {
        return new SiteConfig(Optional.of(normalise(url)));
    }

    /**
     * {@code site.yaml} at {@code root}, overridden by the system property; neither is required.
     *
     * @throws IllegalArgumentException naming where it came from, when the address is not an http(s) one
     */
    public static SiteConfig load(Path root) throws IOException {
        String fromProperty = System.getProperty(PROPERTY, "").strip();
        if (!fromProperty.isEmpty()) return from("-D" + PROPERTY, fromProperty);
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) return none();
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        JsonNode url = yaml == null ? null : yaml.get("url");
        if (url == null || url.asText().isBlank()) return none();
        return from(FILE, url.asText().strip());
    }

    private static SiteConfig from(String where, String url) {
        try {
            return of(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** An absolute http(s) address with a trailing slash, so that page paths append to it. */
    static String normalise(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("site url '" + url
                        + "' must be an absolute http:// or https:// address without query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("site url '" + url + "' is not a valid address: " + e.getReason());
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** The absolute address of a site path, when the site has one. */
    public Optional<String> absolute(String path) {
        return baseUrl.map(b -> b + path);
    }
}
