package org.idlibchronicle.render.meta;

/**
 * What a page's {@code <head>} says about it beyond its title: the canonical address (empty when
 * the site has no configured address), the OpenGraph type, its JSON-LD (empty for most pages), and
 * its social card ({@code og:image}): the card's absolute address when the site has one, else its
 * path from the page (empty for a page without a card), with its size and its text in words.
 */
public record PageHead(String canonical, String ogType, String jsonLd, String image, int imageWidth, int imageHeight,
                       String imageAlt) {

    /** The model key under which a page passes its JSON-LD to the templates. */
    public static final String JSON_LD = "jsonLd";
    /** The model key under which a page passes its social card ({@link org.idlibchronicle.plan.SocialCard}). */
    public static final String CARD = "socialCard";

    /** The head of a page at {@code path} (reached from the root by {@code root}) with {@code card}, if it has one. */
    public static PageHead of(String canonical, String kind, String jsonLd, org.idlibchronicle.config.SiteConfig site,
                              String root, java.util.Optional<org.idlibchronicle.plan.SocialCard> card) {
        if (card.isEmpty()) return new PageHead(canonical, ogType(kind), jsonLd, "", 0, 0, "");
        org.idlibchronicle.plan.SocialCard c = card.get();
        // Link previews need an absolute address; without one the relative path is still right for any reader of the files.
        return new PageHead(canonical, ogType(kind), jsonLd, site.absolute(c.path()).orElse(root + c.path()),
                org.idlibchronicle.plan.SocialCard.WIDTH, org.idlibchronicle.plan.SocialCard.HEIGHT, c.alt());
    }

    public static String ogType(String kind) {
        return switch (kind) {
            case "event", "agreement", "actor", "place" -> "article";
            default -> "website";
        };
    }
}
