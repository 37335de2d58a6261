package org.idlibchronicle.plan;

import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/**
 * One page the site will have, decided before anything renders.
 *
 * @param path        where it is written
 * @param template    the template that presents it
 * @param kind        what sort of page it is ({@code event}, {@code index}, ...), for the summary and
 *                    the {@code body} class
 * @param section     the navigation section it belongs to, empty for none
 * @param title       its title
 * @param description its one-sentence description (meta description, og:description)
 * @param origin      the content file it is made from, if it is an item's page: where a collision
 *                    with another output is reported
 * @param model       what it shows
 * @param provenance  for an item's page: its file's history and how to cite it
 * @param map         the map it shows, if any ({@link PlaceMaps})
 * @param card        the picture a link preview shows of it, if any ({@link SocialCards})
 */
public record PlannedPage(OutputPath path, String template, String kind, String section, String title,
                          String description, Optional<SourcePosition> origin, PageModel model,
                          Optional<PageProvenance> provenance, Optional<PlaceMap> map, Optional<SocialCard> card) {

    /** A description is cut to {@link #DESCRIPTION_LIMIT} characters, at a word ({@link #capped}). */
    public PlannedPage {
        description = capped(description);
    }

    /**
     * The most characters of a meta description: search engines show about 155 to 160, link
     * previews fewer, and a summary of several hundred was published whole in every page's head.
     */
    public static final int DESCRIPTION_LIMIT = 160;

    /**
     * {@code text} if it fits in {@link #DESCRIPTION_LIMIT} characters, else cut after its last whole
     * word that leaves room for an ellipsis (never inside a surrogate pair), with "…".
     */
    static String capped(String text) {
        if (text == null || text.length() <= DESCRIPTION_LIMIT) return text;
        int end = DESCRIPTION_LIMIT - 1;
        int space = text.lastIndexOf(' ', end);
        if (space > DESCRIPTION_LIMIT / 2) {
            end = space;
        } else if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end).stripTrailing().replaceAll("[,;:.]+$", "") + "…";
    }

    /** A page that is no item's, or whose provenance is not shown, without a map or a card. */
    public PlannedPage(OutputPath path, String template, String kind, String section, String title,
                       String description, Optional<SourcePosition> origin, PageModel model) {
        this(path, template, kind, section, title, description, origin, model, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public PlannedPage withMap(PlaceMap m) {
        return new PlannedPage(path, template, kind, section, title, description, origin, model, provenance, Optional.of(m),
                card);
    }

    public PlannedPage withCard(SocialCard c) {
        return new PlannedPage(path, template, kind, section, title, description, origin, model, provenance, map,
                Optional.of(c));
    }

    /** How a problem names this page: its file for an item's page, its title otherwise. */
    public String describe() {
        if (kind.equals(Planner.REDIRECT)) {
            return "the redirect from a former id at " + origin.map(Object::toString).orElse("?");
        }
        return origin.map(o -> "the page of " + o.path()).orElse("the " + title + " page");
    }
}
