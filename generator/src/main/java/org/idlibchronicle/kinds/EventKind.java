package org.idlibchronicle.kinds;

import java.util.List;
import java.time.YearMonth;
import java.util.Optional;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.plan.PlannedPage;
import org.idlibchronicle.plan.Planning;
import org.idlibchronicle.plan.OutputPath;
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
    public void addPages(Planning planning, List<PlannedPage> out) {
        LinkedSite site = planning.site();
        out.add(Planning.page(ContentKind.EVENT.nav().path(), "chronology", "index", "chronology", "Chronology",
                "Every event of the record by month.", new PageModel.ChronologyModel(planning.months(), planning.timeline())));
        for (Event e : site.chronology().events()) {
            out.add(planning.item(ContentKind.EVENT, e, "event", "chronology", e.title(), e.summary(),
                    new PageModel.EventModel(e, site.related().getOrDefault(e.id(), List.of()), site.chronology().previous(e),
                            site.chronology().next(e), site.claimSetsOf(e.id()))));
        }
        var byMonth = site.chronology().byMonth();
        for (YearMonth m : byMonth.keySet()) {
            List<Event> events = byMonth.get(m);
            out.add(new PlannedPage(OutputPath.of(PagePaths.month(m)), "month", "month", "chronology",
                    Dates.month(m), events.size() + (events.size() == 1 ? " event in " : " events in ") + Dates.month(m),
                    Optional.empty(), new PageModel.MonthModel(m, events, Optional.ofNullable(byMonth.lowerKey(m)),
                            Optional.ofNullable(byMonth.higherKey(m)), planning.timeline())));
        }
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
