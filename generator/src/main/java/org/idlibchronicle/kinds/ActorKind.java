package org.idlibchronicle.kinds;

import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.index.SearchDocument;
import org.idlibchronicle.index.SearchDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Actor;

/** Actors: bound to their record by field names; a page each and their index; found by name, short name and aliases. */
final class ActorKind implements KindBehaviour {
    static final ActorKind BEHAVIOUR = new ActorKind();

    private ActorKind() {}

    @Override
    public ContentKind kind() {
        return ContentKind.ACTOR;
    }

    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (Actor a : site.actors().values()) {
            List<String> names = new ArrayList<>(a.aliases());
            if (!a.shortName().isEmpty() && !names.contains(a.shortName())) names.add(0, a.shortName());
            String text = a.description().plain();
            out.add(new SearchDocument("actor", 0, "", PagePaths.actor(a.id()), a.name(), names,
                    SearchDocuments.firstSentence(text), text, List.of(), List.of()));
        }
    }
}
