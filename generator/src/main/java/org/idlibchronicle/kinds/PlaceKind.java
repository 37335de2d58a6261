package org.idlibchronicle.kinds;

import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.index.SearchDocument;
import org.idlibchronicle.index.SearchDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Place;

/**
 * Places: bound to their record by field names; a page each (with its map when the record has a
 * region) and their index; found by name, aliases and the gazetteer's names in other scripts.
 */
final class PlaceKind implements KindBehaviour {
    static final PlaceKind BEHAVIOUR = new PlaceKind();

    private PlaceKind() {}

    @Override
    public ContentKind kind() {
        return ContentKind.PLACE;
    }

    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (Place p : site.places().values()) {
            String text = p.description().plain();
            // Its names from the gazetteer are found as its aliases are, on its own page.
            List<String> names = new ArrayList<>(p.aliases());
            p.names().forEach(n -> names.add(n.name()));
            out.add(new SearchDocument("place", 0, "", PagePaths.place(p.id()), p.name(), List.copyOf(names),
                    SearchDocuments.firstSentence(text), text,
                    p.governorate().isEmpty() ? List.of() : List.of(p.governorate()), List.of()));
        }
    }
}
