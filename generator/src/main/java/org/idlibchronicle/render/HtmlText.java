package org.idlibchronicle.render;

/** Text written into HTML by hand rather than through a template, which escapes on its own. */
public final class HtmlText {
    private HtmlText() {}

    /** {@code s} safe as an element's text or a double-quoted attribute's value. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
