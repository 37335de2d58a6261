package org.idlibchronicle.render;

import org.idlibchronicle.kind.ItemLink;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Relation;
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

    static List<Item> build(LinkedSite site, String page) {
        ViewBuilder v = new ViewBuilder(site, page);
        Map<String, AgreementPeriods.Period> periods = AgreementPeriods.of(site).stream()
                .collect(Collectors.toMap(p -> p.agreement().id(), p -> p));
        List<Agreement> ordered = site.agreements().values().stream()
                .sorted(Comparator.comparing(Agreement::signed).thenComparing(Agreement::id)).toList();
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Agreement a = ordered.get(i);
            String href = v.href(PagePaths.agreement(a.id()));
            AgreementPeriods.Period p = periods.get(a.id());
            String inEffect = p == null ? "" : AgreementPeriods.describe(p);
            var events = site.eventsFor(site.eventsByAgreement(), a.id());
            int violations = (int) events.stream().filter(e -> e.agreements().stream().anyMatch(l ->
                    l.agreement().id().equals(a.id()) && l.relation() == Relation.VIOLATES)).count();
            items.add(new Item(i + 1, a.shortName(), a.title(), href, Dates.format(a.signed()),
                    a.signedAt().map(v::place).orElse(null), a.parties().stream().map(v::actor).toList(),
                    a.status().label(), a.status().key(),
                    a.provisions().stream().map(pr -> new Link(pr.title(), href + "#" + ItemLink.provisionAnchor(pr.id()))).toList(),
                    inEffect, events.size(), violations));
        }
        return List.copyOf(items);
    }
}
