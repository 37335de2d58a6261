package org.idlibchronicle.plan;

/**
 * The picture a link preview shows for a page ({@code og:image}): what the page is, its title and
 * its date, on the site's colours, drawn at build time (render/card). Planned here, with its path,
 * so that the manifest lists it like every other output.
 *
 * @param path     where it is written: {@code cards/} and the page's path, {@code .png} for {@code .html}
 * @param kind     what the page is, as the card says it ("Event"); empty for the site's own pages
 * @param title    the page's title
 * @param subtitle the event's date, the agreement's signing, the document's publisher and date, a month's
 *                 number of events, the home page's tagline; empty for none
 * @param site     the site's title, at the foot of the card
 */
public record SocialCard(String path, String kind, String title, String subtitle, String site) {

    /** The size link previews ask for (OpenGraph's and X's large summary card: 1.91:1). */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    /** The folder of the cards. */
    public static final String FOLDER = "cards/";

    /** The card of the page at {@code pagePath}. */
    public static String pathFor(String pagePath) {
        String stem = pagePath.endsWith(".html") ? pagePath.substring(0, pagePath.length() - ".html".length()) : pagePath;
        return FOLDER + stem + ".png";
    }

    /** What the card shows, in words, for those who cannot see it ({@code og:image:alt}). */
    public String alt() {
        StringBuilder out = new StringBuilder();
        if (!kind.isEmpty()) out.append(kind).append(": ");
        out.append(title);
        if (!subtitle.isEmpty()) out.append(" (").append(subtitle).append(')');
        return out.append(". ").append(site).toString();
    }
}
