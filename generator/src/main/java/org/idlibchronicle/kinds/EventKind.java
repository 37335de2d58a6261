package org.idlibchronicle.kinds;

import java.util.List;
import org.idlibchronicle.index.SearchDocument;
import org.idlibchronicle.index.SearchDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.text.Dates;

/**
 * Events: read with real dates, listed by date; a page each, and the chronology they make (its index
 * and a page per month), each found by search.
 */
final class EventKind implements KindBehaviour {
    static final EventKind BEHAVIOUR = new EventKind();

    private EventKind() {}

    @Override
    public ContentKind kind() {
        return ContentKind.EVENT;
    }

    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (Event e : site.chronology().events()) {
            String iso = Dates.iso(e.date());
            out.add(new SearchDocument("event", e.date().start().getYear(), iso, PagePaths.event(e.id()), e.title(),
                    List.of(), e.summary(), e.body().plain(),
                    SearchDocuments.names(e.places(), site.places(), Place::name),
                    SearchDocuments.names(e.actors(), site.actors(), Actor::name)));
        }
        site.chronology().byMonth().forEach((month, events) -> {
            String name = Dates.month(month);
            String count = events.size() + (events.size() == 1 ? " event" : " events");
            out.add(new SearchDocument("month", month.getYear(), month.toString(), PagePaths.month(month), name,
                    List.of(), count + " of the chronology in " + name + ".", "", List.of(), List.of()));
        });
    }
}
