package org.idlibchronicle.link;

import java.time.YearMonth;

/**
 * Where each page lives in the built site. Pages are {@code .html} files, never folder
 * indexes, so that links work from {@code file://} as well as from a web server.
 */
public final class PagePaths {
    private PagePaths() {}

    public static String event(String id) {
        return "events/" + id.substring(0, 4) + "/" + id + ".html";
    }

    public static String agreement(String id) {
        return "agreements/" + id + ".html";
    }

    public static String actor(String id) {
        return "actors/" + id + ".html";
    }

    public static String place(String id) {
        return "places/" + id + ".html";
    }

    public static String source(String id) {
        return "sources.html#" + id;
    }

    public static String month(YearMonth month) {
        return "chronology/" + month + ".html";
    }

    /** The page for an item link target such as {@code place:saraqib} or {@code agreement:x#provision}. */
    public static String item(String scheme, String idAndAnchor) {
        int hash = idAndAnchor.indexOf('#');
        String id = hash < 0 ? idAndAnchor : idAndAnchor.substring(0, hash);
        String anchor = hash < 0 ? "" : "#provision-" + idAndAnchor.substring(hash + 1);
        return switch (scheme) {
            case "event" -> event(id);
            case "agreement" -> agreement(id) + anchor;
            case "actor" -> actor(id);
            case "place" -> place(id);
            default -> source(id);
        };
    }

    /** A link from one page to another, relative so that the site works from any folder. */
    public static String relative(String fromPage, String toPage) {
        int depth = (int) fromPage.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + toPage;
    }

    /** The prefix that leads from a page back to the site root: "" or "../" or "../../". */
    public static String root(String page) {
        return relative(page, "");
    }
}
