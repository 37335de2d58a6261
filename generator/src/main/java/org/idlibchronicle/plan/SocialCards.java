package org.idlibchronicle.plan;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.link.PagePaths;

/**
 * Decides each page's social card ({@link SocialCard}): every page a link can lead to has one,
 * saying what kind of page it is and, for what has a date, the date. The 404 page (served at any
 * address) and the redirects at former ids (which send the reader on) have none, and no page has
 * one when {@code site.yaml} says {@code social_cards: false}.
 */
final class SocialCards {
    private SocialCards() {}

    static List<PlannedPage> attach(List<PlannedPage> pages, SiteConfig config) {
        // A record may leave the cards out (site.yaml 'social_cards: false'): no page names one.
        if (!config.socialCards()) return pages;
        return pages.stream().map(p -> cardOf(p, config).map(p::withCard).orElse(p)).toList();
    }

    private static Optional<SocialCard> cardOf(PlannedPage page, SiteConfig config) {
        String path = page.path().value();
        if (page.kind().equals(Planner.REDIRECT) || path.equals(PagePaths.NOT_FOUND)) return Optional.empty();
        // What a card says of a page is its model's to say: a page of no kind names no kind.
        PageModel model = page.model();
        String kind = model.cardKind();
        String subtitle = model instanceof PageModel.HomeModel ? config.tagline() : model.cardSubtitle();
        String title = page.title() == null ? "" : page.title();
        return Optional.of(new SocialCard(SocialCard.pathFor(path), kind, title, subtitle, config.title()));
    }
}
