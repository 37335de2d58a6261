package org.idlibchronicle.kinds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.ClaimSet;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.AgreementLink;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.render.export.DataExports;
import org.idlibchronicle.text.Dates;

/**
 * The events as data: {@code events.json} (each event whole), {@code events.csv} (a row each) and
 * {@code claims.csv} (a row per claim, for counting and charting the figures).
 */
final class EventExports {
    static final List<String> EVENT_COLUMNS = List.of("id", "date", "end", "precision", "approximate", "title",
            "summary", "places", "actors", "agreements", "topics", "claims", "page");
    static final List<String> CLAIM_COLUMNS = List.of("event", "event_date", "topic", "topic_title", "contested", "claimant",
            "min", "max", "qualifier", "unit", "of", "as_of", "source", "note", "page");

    private EventExports() {}

    /** Every event with its date, places, actors, agreement links, topics and claims. */
    static ArrayNode eventsJson(LinkedSite site) {
        ArrayNode out = DataExports.array();
        for (Event e : site.chronology().events()) {
            ObjectNode o = out.addObject();
            o.put("id", e.id());
            o.put("title", e.title());
            DataExports.date(o, e.date());
            o.put("summary", e.summary());
            DataExports.ids(o.putArray("places"), e.places());
            DataExports.ids(o.putArray("actors"), e.actors());
            ArrayNode links = o.putArray("agreements");
            for (AgreementLink l : e.agreements()) {
                ObjectNode a = links.addObject().put("agreement", l.agreement().id());
                l.provision().ifPresent(p -> a.put("provision", p.id()));
                a.put("relation", l.relation().key());
                if (!l.note().isEmpty()) a.put("note", l.note());
            }
            DataExports.ids(o.putArray("topics"), e.tags());
            ArrayNode claims = o.putArray("claims");
            for (Claim c : e.claims()) {
                ObjectNode n = claims.addObject().put("claimant", c.claimant().id()).put("min", c.min()).put("max", c.max());
                if (!c.qualifier().isEmpty()) n.put("qualifier", c.qualifier());
                n.put("unit", c.unit()).put("of", c.of()).put("topic", c.topic());
                c.asOf().ifPresent(a -> n.put("as_of", a));
                n.put("source", c.source().id());
                if (!c.note().isEmpty()) n.put("note", c.note());
            }
            o.put("page", ContentKind.EVENT.pagePath(e.id()));
        }
        return out;
    }

    /** One row per event: its date, title and the ids it names, joined. */
    static List<Map<String, String>> eventRows(LinkedSite site) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Event e : site.chronology().events()) {
            boolean month = e.date().precision() == DatePrecision.MONTH;
            Map<String, String> r = new LinkedHashMap<>();
            r.put("id", e.id());
            r.put("date", Dates.iso(e.date().start(), e.date().precision()));
            r.put("end", !e.date().range() ? "" : Dates.iso(e.date().end(), e.date().precision()));
            r.put("precision", month ? "month" : "day");
            r.put("approximate", String.valueOf(e.date().approximate()));
            r.put("title", e.title());
            r.put("summary", e.summary());
            r.put("places", DataExports.joined(e.places()));
            r.put("actors", DataExports.joined(e.actors()));
            r.put("agreements", e.agreements().stream()
                    .map(l -> l.agreement().id() + l.provision().map(p -> "#" + p.id()).orElse("") + " " + l.relation().key())
                    .collect(Collectors.joining("; ")));
            r.put("topics", DataExports.joined(e.tags()));
            r.put("claims", String.valueOf(e.claims().size()));
            r.put("page", ContentKind.EVENT.pagePath(e.id()));
            rows.add(r);
        }
        return rows;
    }

    /** One row per claim, with its event and its set's title and whether the set is contested. */
    static List<Map<String, String>> claimRows(LinkedSite site) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (ClaimSet set : site.claimSets()) {
            Event e = set.event();
            for (Claim c : set.claims()) {
                Map<String, String> r = new LinkedHashMap<>();
                r.put("event", e.id());
                r.put("event_date", Dates.iso(e.date()));
                r.put("topic", set.topic());
                r.put("topic_title", set.name().title());
                r.put("contested", String.valueOf(set.contested()));
                r.put("claimant", c.claimant().id());
                r.put("min", c.min().toPlainString());
                r.put("max", c.max().toPlainString());
                r.put("qualifier", c.qualifier());
                r.put("unit", c.unit());
                r.put("of", c.of());
                r.put("as_of", c.asOf().orElse(""));
                r.put("source", c.source().id());
                r.put("note", c.note());
                r.put("page", ContentKind.EVENT.pagePath(e.id()));
                rows.add(r);
            }
        }
        return rows;
    }
}
