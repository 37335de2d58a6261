package org.idlibchronicle.kinds;

import org.idlibchronicle.render.export.DataExports;
import org.idlibchronicle.plan.AgreementPeriods;
import java.util.List;
import java.time.YearMonth;
import java.util.Optional;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.plan.PlannedPage;
import org.idlibchronicle.plan.Planning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.load.Fields;
import org.idlibchronicle.load.ItemFile;
import org.idlibchronicle.model.AgreementLink;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.model.EventDate;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Relation;
import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
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
final class EventKind extends KindClass {
    EventKind() {
        super(ContentKind.EVENT);
    }

    @Override
    public Item read(ItemFile file) {
        Fields f = file.fields();
        Problems problems = file.problems();
        boolean approx = f.flag("/approximate");
        EventDate date = f.date("/date", approx);
        EventDate end = f.has("/end") ? f.date("/end", approx) : null;
        if (date != null && end != null) {
            if (!end.end().isAfter(date.end())) {
                problems.error(f.at("/end"), "'end' (" + f.text("/end") + ") is not after 'date' ("
                        + f.text("/date") + "): a range must end after it starts; for one day, remove 'end'");
                return null;
            }
            date = new EventDate(date.start(), end.end(), date.precision(), approx, true);
        }
        List<AgreementLink> links = new ArrayList<>();
        for (int i = 0; i < f.size("/agreements"); i++) {
            String p = "/agreements/" + i;
            links.add(new AgreementLink(f.ref(p + "/agreement"), f.optRef(p + "/provision"),
                    Relation.fromKey(f.text(p + "/relation")), f.text(p + "/note")));
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < f.size("/claims"); i++) {
            Claim c = ClaimReader.read(f, "/claims/" + i, problems);
            if (c != null) claims.add(c);
        }
        Markdown body = file.body() != null ? file.body()
                : f.has("/body") ? file.markdown("/body") : Markdown.empty(f.at(""));
        if (f.failed() || date == null || claims.size() != f.size("/claims")) return null;
        // The rest (title, summary, places, actors, tags, any new plain field) is bound by name.
        Event event = file.bind(Event.class, Map.of("date", date, "agreements", List.copyOf(links),
                "claims", List.copyOf(claims), "body", body,
                "at", Map.of("title", f.at("/title"), "summary", f.at("/summary"))));
        // Only a real date can be compared with the file name: 2020-02-30 is reported once.
        if (event != null) checkFileName(file);
        return event;
    }

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4}-\\d{2}(-\\d{2})?)-[a-z0-9]+(-[a-z0-9]+)*");

    /** An event's file is named by its date and lies in its year's folder, so that the files list in date order. */
    private static void checkFileName(ItemFile file) {
        Fields f = file.fields();
        var m = FILE_NAME.matcher(file.id());
        String date = f.text("/date");
        String year = file.folder();
        if (!m.matches()) {
            file.problems().error(file.at(), "event file name '" + file.id() + "' must start with its date: "
                    + date + "-short-title");
        } else if (!m.group(1).equals(date)) {
            file.problems().error(f.at("/date"), "date " + date + " does not match the file name '" + file.id()
                    + "': rename the file to start with " + date + "- or correct the date");
        }
        if (!date.startsWith(year + "-")) {
            file.problems().error(f.at("/date"), "event dated " + date + " is in folder " + year
                    + "/: move it to content/events/" + date.substring(0, 4) + "/");
        }
    }

    /** By date, then id: the chronology's order, which every list of events follows. */
    @Override
    public List<Item> ordered(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        out.sort(Comparator.comparing((Item e) -> ((Event) e).date()).thenComparing(Item::id));
        return out;
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
            out.add(Planning.page(PagePaths.month(m), "month", "month", "chronology",
                    Dates.month(m), events.size() + (events.size() == 1 ? " event in " : " events in ") + Dates.month(m),
                    new PageModel.MonthModel(m, events, Optional.ofNullable(byMonth.lowerKey(m)),
                            Optional.ofNullable(byMonth.higherKey(m)), planning.timeline())));
        }
    }

    @Override
    public List<String> dataFiles() {
        return List.of("events.json", "events.csv", "claims.csv");
    }

    @Override
    public Optional<String> dataFile(String name, LinkedSite site, List<AgreementPeriods.Period> periods) {
        return switch (name) {
            case "events.json" -> Optional.of(DataExports.json(EventExports.eventsJson(site)));
            case "events.csv" -> Optional.of(DataExports.csv(EventExports.EVENT_COLUMNS, EventExports.eventRows(site)));
            case "claims.csv" -> Optional.of(DataExports.csv(EventExports.CLAIM_COLUMNS, EventExports.claimRows(site)));
            default -> Optional.empty();
        };
    }

    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (Event e : site.chronology().events()) {
            String iso = Dates.iso(e.date());
            out.add(new SearchDocument("event", e.date().start().getYear(), iso, ContentKind.EVENT.pagePath(e.id()), e.title(),
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
