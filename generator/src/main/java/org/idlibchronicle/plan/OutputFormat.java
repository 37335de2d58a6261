package org.idlibchronicle.plan;

/**
 * What kind of file an output of the site is, and so which stage makes it: the formats are data,
 * as Hugo's output formats are, so that the manifest ({@link Manifest}) can list every file the site
 * will have before any is made, and a stage finds its work by format, never by kind of item.
 */
public enum OutputFormat {
    /** An item's page, an index page or a fixed page: rendered through its template. */
    PAGE("page"),
    /** The small page at a former id that leads to the current one. */
    REDIRECT("redirect"),
    /** A page's social card: the PNG a link preview shows ({@link SocialCard}). */
    CARD("social card"),
    /** The Atom feed of the latest events. */
    FEED("feed"),
    /** The sitemap (only for a site with an address) and robots.txt. */
    SITEMAP("sitemap"),
    /** A data export: events, agreements, topics and claims as JSON or CSV. */
    DATA("data file"),
    /** The client search index: a folder of files whose number and names the index decides. */
    SEARCH("search file"),
    /** The stylesheets, scripts and images of {@code assets/}, copied (minified) as they are. */
    ASSET("asset"),
    /** The file by which a later build knows the folder is a site it wrote. */
    MARKER("marker");

    private final String noun;

    OutputFormat(String noun) {
        this.noun = noun;
    }

    /** How a message names an output of this format: "the data file data/events.json". */
    public String noun() {
        return noun;
    }
}
