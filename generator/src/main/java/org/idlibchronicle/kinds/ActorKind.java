package org.idlibchronicle.kinds;

import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.plan.PageModel.EntityCount;
import org.idlibchronicle.plan.PlannedPage;
import org.idlibchronicle.plan.Planning;
import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Actor;

/** Actors: bound to their record by field names; a page each and their index; found by name, short name and aliases. */
final class ActorKind extends KindClass {
    ActorKind() {
        super(ContentKind.ACTOR);
    }

    @Override
    public void addPages(Planning planning, List<PlannedPage> out) {
        LinkedSite site = planning.site();
        out.add(Planning.page(ContentKind.ACTOR.nav().path(), "entities", "index", "actors", "Actors",
                "States, forces, groups, bodies and people in the record.",
                Planning.entityIndex(ContentKind.ACTOR, site.actors().values().stream()
                        .map(a -> new EntityCount(a.id(), a.name(), a.kind(), a.aliases(),
                                site.eventsReferring(ContentKind.ACTOR, a.id()).size())).toList())));
        for (Actor a : site.actors().values()) {
            List<PageModel.AgreementSummary> agreements = site.agreementsByActor().getOrDefault(a.id(), List.of()).stream()
                    .map(x -> planning.summaries().get(x.id())).toList();
            out.add(planning.item(ContentKind.ACTOR, a, "entity", "actors", a.name(), Planning.firstSentence(a.description()),
                    new PageModel.ActorModel(a, site.eventsReferring(ContentKind.ACTOR, a.id()), agreements)));
        }
    }

    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (Actor a : site.actors().values()) {
            List<String> names = new ArrayList<>(a.aliases());
            if (!a.shortName().isEmpty() && !names.contains(a.shortName())) names.add(0, a.shortName());
            out.add(SearchDocuments.undatedItem(ContentKind.ACTOR, a, names, a.description(), List.of()));
        }
    }
}
