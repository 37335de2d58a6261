package org.idlibchronicle.render;

import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.text.Dates;
import org.idlibchronicle.kind.ItemLink;
import java.util.List;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.render.Views.Link;

/**
 * The home page's summary of each agreement: when and where it was signed, by whom, what it
 * required (its provisions, each linked to its anchor), when it was in effect and what became of
 * it, numbered in signing order like the pins of the timeline strip.
 */
final class AgreementsAtAGlance {
    public record Item(int number, String shortName, String title, String href, String signed, Link signedAt,
                       List<Link> parties, String status, String statusKey, List<Link> provisions,
                       String inEffect, int events, int violations) {}

    private AgreementsAtAGlance() {}

    /** @param bySigning every agreement, in signing order */
    static List<Item> build(List<PageModel.AgreementSummary> bySigning, ViewBuilder v) {
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < bySigning.size(); i++) {
            PageModel.AgreementSummary s = bySigning.get(i);
            Agreement a = s.agreement();
            String href = v.href(ContentKind.AGREEMENT.pagePath(a.id()));
            items.add(new Item(i + 1, a.shortName(), a.title(), href, Dates.format(a.signed()),
                    a.signedAt().map(v::place).orElse(null), a.parties().stream().map(v::actor).toList(),
                    a.status().label(), a.status().key(),
                    a.provisions().stream().map(pr -> new Link(pr.title(), href + "#" + ItemLink.provisionAnchor(pr.id()))).toList(),
                    s.period().map(p -> p.describe()).orElse(""), s.events(), s.violations()));
        }
        return List.copyOf(items);
    }
}
