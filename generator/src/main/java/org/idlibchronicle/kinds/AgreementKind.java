package org.idlibchronicle.kinds;

import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.index.SearchDocument;
import org.idlibchronicle.index.SearchDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.kind.ItemLink;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Provision;
import org.idlibchronicle.text.Dates;

/**
 * Agreements: read with their provisions; a page each with what happened to every provision, the
 * agreements' index and the overview of all provisions; each agreement and each provision found by search.
 */
final class AgreementKind implements KindBehaviour {
    static final AgreementKind BEHAVIOUR = new AgreementKind();

    private AgreementKind() {}

    @Override
    public ContentKind kind() {
        return ContentKind.AGREEMENT;
    }

    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (Agreement a : site.agreements().values()) {
            String iso = Dates.iso(a.signed());
            List<String> names = new ArrayList<>(a.aliases());
            names.add(0, a.shortName());
            List<String> parties = SearchDocuments.names(a.parties(), site.actors(), Actor::name);
            String place = a.signedAt().map(r -> SearchDocuments.names(List.of(r), site.places(), Place::name))
                    .orElse(List.of()).stream().findFirst().orElse("");
            out.add(new SearchDocument("agreement", a.signed().start().getYear(), iso, PagePaths.agreement(a.id()),
                    a.title(), names, a.title(), a.body().plain(),
                    place.isEmpty() ? List.of() : List.of(place), parties));
            for (Provision p : a.provisions()) {
                String text = p.text().plain();
                out.add(new SearchDocument("provision", a.signed().start().getYear(), iso,
                        ItemLink.provisionPath(a.id(), p.id()), p.title() + " (" + a.shortName() + ")",
                        List.of(), SearchDocuments.firstSentence(text), text, List.of(), parties));
            }
        }
    }
}
