package org.idlibchronicle.kinds;

import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.plan.PageModel.EntityCount;
import org.idlibchronicle.plan.PageModel.EntityIndexModel;
import org.idlibchronicle.plan.PlaceMaps;
import org.idlibchronicle.plan.PlannedPage;
import org.idlibchronicle.plan.Planning;
import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Place;

/**
 * Places: bound to their record by field names; a page each (with its map when the record has a
 * region) and their index; found by name, aliases and the gazetteer's names in other scripts.
 */
final class PlaceKind extends KindClass {
    PlaceKind() {
        super(ContentKind.PLACE);
    }

    @Override
    public void addPages(Planning planning, List<PlannedPage> out) {
        LinkedSite site = planning.site();
        // The index links the map that draws the places when the record has a region (it was linked from nowhere but the home page).
        EntityIndexModel index = Planning.entityIndex(ContentKind.PLACE, site.places().values().stream()
                .map(p -> new EntityCount(p.id(), p.name(), p.kind(), p.aliases(),
                        site.eventsReferring(ContentKind.PLACE, p.id()).size())).toList());
        out.add(Planning.page(ContentKind.PLACE.nav().path(), "entities", "index", "places", "Places",
                "Cities, towns, roads and bases in the record, with their other spellings.",
                new EntityIndexModel(index.kind(), index.entities(), planning.region().map(r -> PlaceMaps.PAGE))));
        for (Place p : site.places().values()) {
            out.add(planning.item(ContentKind.PLACE, p, "entity", "places", p.name(), Planning.firstSentence(p.description()),
                    new PageModel.PlaceModel(p, site.eventsReferring(ContentKind.PLACE, p.id()))));
        }
    }

    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (Place p : site.places().values()) {
            // Its names from the gazetteer are found as its aliases are, on its own page.
            List<String> names = new ArrayList<>(p.aliases());
            p.names().forEach(n -> names.add(n.name()));
            out.add(SearchDocuments.undatedItem(ContentKind.PLACE, p, List.copyOf(names), p.description(),
                    p.governorate().isEmpty() ? List.of() : List.of(p.governorate())));
        }
    }
}
