package org.idlibchronicle.render.meta;

/**
 * What a page's {@code <head>} says about it beyond its title: the canonical address (empty when
 * the site has no configured address), the OpenGraph type, and its JSON-LD (empty for most pages).
 */
public record PageHead(String canonical, String ogType, String jsonLd) {

    /** The model key under which a page passes its JSON-LD to the templates. */
    public static final String JSON_LD = "jsonLd";

    public static String ogType(String kind) {
        return switch (kind) {
            case "event", "agreement", "actor", "place" -> "article";
            default -> "website";
        };
    }
}
