package org.idlibchronicle.plan;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.text.Dates;

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
        String kind = "";
        String subtitle = "";
        PageModel model = page.model();
        if (model instanceof PageModel.EventModel m) {
            kind = "Event";
            subtitle = Dates.format(m.event().date());
        } else if (model instanceof PageModel.AgreementModel m) {
            kind = "Agreement";
            subtitle = "Signed " + Dates.format(m.agreement().signed());
        } else if (model instanceof PageModel.ActorModel) {
            kind = "Actor";
        } else if (model instanceof PageModel.PlaceModel) {
            kind = "Place";
        } else if (model instanceof PageModel.TopicModel) {
            kind = "Topic";
        } else if (model instanceof PageModel.DocumentModel m) {
            kind = "Source document";
            subtitle = m.document().publisher() + m.document().date().map(d -> ", " + Dates.partial(d)).orElse("");
        } else if (model instanceof PageModel.MonthModel m) {
            kind = "Chronology";
            subtitle = m.events().size() + (m.events().size() == 1 ? " event" : " events");
        } else if (model instanceof PageModel.HomeModel) {
            subtitle = config.tagline();
        }
        String title = page.title() == null ? "" : page.title();
        return Optional.of(new SocialCard(SocialCard.pathFor(path), kind, title, subtitle, config.title()));
    }
}
