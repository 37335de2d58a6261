package org.idlibchronicle.render.export;

import org.idlibchronicle.kind.ItemLink;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.idlibchronicle.link.ClaimSet;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.AgreementLink;
import org.idlibchronicle.model.AgreementRelation;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.EventDate;
import org.idlibchronicle.model.Provision;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.model.Topic;
import org.idlibchronicle.model.ClaimSetName;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.plan.Manifest;
import org.idlibchronicle.text.Dates;
import org.idlibchronicle.plan.AgreementPeriods;

/**
 * The record as data, for readers who want to count or chart it themselves: {@code events.json}
 * and {@code events.csv} (one row per event, with its topics), {@code agreements.json},
 * {@code topics.json} and {@code claims.csv} (one row per claim, with its set's title), all under
 * {@code data/}. Ids are the content's ids; {@code page} is the page's
 * path from the site root. JSON is written by Jackson and CSV by Jackson's CSV module (RFC 4180
 * quoting), both with "\n" line ends so that every machine writes the same bytes.
 */
public final class DataExports {
    public static final String DIR = Manifest.DATA;
    static final List<String> EVENT_COLUMNS = List.of("id", "date", "end", "precision", "approximate", "title",
            "summary", "places", "actors", "agreements", "topics", "claims", "page");
    static final List<String> CLAIM_COLUMNS = List.of("event", "event_date", "topic", "topic_title", "contested", "claimant",
            "min", "max", "qualifier", "unit", "of", "as_of", "source", "note", "page");

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final CsvMapper CSV = new CsvMapper();

    private DataExports() {}

    /** @param periods when each agreement was in effect, as the plan found */
    public static List<OutputFile> files(LinkedSite site, List<AgreementPeriods.Period> periods) {
        return java.util.stream.Stream.of(Manifest.EVENTS_JSON, Manifest.EVENTS_CSV, Manifest.AGREEMENTS_JSON,
                Manifest.TOPICS_JSON, Manifest.CLAIMS_CSV).map(path -> file(path, site, periods)).toList();
    }

    /** The data file the manifest plans at {@code path}. */
    public static OutputFile file(String path, LinkedSite site, List<AgreementPeriods.Period> periods) {
        String text = switch (path) {
            case Manifest.EVENTS_JSON -> json(eventsJson(site));
            case Manifest.EVENTS_CSV -> csv(EVENT_COLUMNS, eventRows(site));
            case Manifest.AGREEMENTS_JSON -> json(agreementsJson(site, periods));
            case Manifest.TOPICS_JSON -> json(topicsJson(site));
            case Manifest.CLAIMS_CSV -> csv(CLAIM_COLUMNS, claimRows(site));
            default -> throw new IllegalStateException("the plan has a data file no export makes: " + path);
        };
        return OutputFile.text(path, "data", text);
    }

    private static ArrayNode eventsJson(LinkedSite site) {
        ArrayNode out = JSON.createArrayNode();
        for (Event e : site.chronology().events()) {
            ObjectNode o = out.addObject();
            o.put("id", e.id());
            o.put("title", e.title());
            date(o, e.date());
            o.put("summary", e.summary());
            ids(o.putArray("places"), e.places());
            ids(o.putArray("actors"), e.actors());
            ArrayNode links = o.putArray("agreements");
            for (AgreementLink l : e.agreements()) {
                ObjectNode a = links.addObject().put("agreement", l.agreement().id());
                l.provision().ifPresent(p -> a.put("provision", p.id()));
                a.put("relation", l.relation().key());
                if (!l.note().isEmpty()) a.put("note", l.note());
            }
            ids(o.putArray("topics"), e.tags());
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

    private static void date(ObjectNode o, EventDate d) {
        boolean month = d.precision() == DatePrecision.MONTH;
        o.put("date", Dates.iso(d.start(), d.precision()));
        if (d.range()) o.put("end", Dates.iso(d.end(), d.precision()));
        o.put("precision", month ? "month" : "day");
        o.put("approximate", d.approximate());
    }

    private static List<Map<String, String>> eventRows(LinkedSite site) {
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
            r.put("places", joined(e.places()));
            r.put("actors", joined(e.actors()));
            r.put("agreements", e.agreements().stream()
                    .map(l -> l.agreement().id() + l.provision().map(p -> "#" + p.id()).orElse("") + " " + l.relation().key())
                    .collect(Collectors.joining("; ")));
            r.put("topics", joined(e.tags()));
            r.put("claims", String.valueOf(e.claims().size()));
            r.put("page", ContentKind.EVENT.pagePath(e.id()));
            rows.add(r);
        }
        return rows;
    }

    private static List<Map<String, String>> claimRows(LinkedSite site) {
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

    private static ArrayNode agreementsJson(LinkedSite site, List<AgreementPeriods.Period> inEffect) {
        Map<String, AgreementPeriods.Period> periods = inEffect.stream()
                .collect(Collectors.toMap(p -> p.agreement().id(), p -> p));
        ArrayNode out = JSON.createArrayNode();
        for (Agreement a : site.agreements().values()) {
            ObjectNode o = out.addObject();
            o.put("id", a.id());
            o.put("title", a.title());
            o.put("short_name", a.shortName());
            a.aliases().forEach(o.putArray("aliases")::add);
            ObjectNode signed = o.putObject("signed");
            date(signed, a.signed());
            a.signedAt().ifPresent(p -> o.put("signed_at", p.id()));
            a.effective().ifPresent(d -> o.put("effective", d.start().toString()));
            ids(o.putArray("parties"), a.parties());
            ids(o.putArray("guarantors"), a.guarantors());
            o.put("status", a.status().key());
            ArrayNode relations = o.putArray("relations");
            for (AgreementRelation r : a.relations()) {
                relations.addObject().put("kind", r.kind()).put("agreement", r.agreement().id());
            }
            AgreementPeriods.Period p = periods.get(a.id());
            if (p != null) {
                ObjectNode period = o.putObject("in_effect");
                period.put("from", p.start().toString());
                if (!p.open()) period.put("to", p.end().toString());
                period.put("until", p.until());
            }
            ArrayNode provisions = o.putArray("provisions");
            for (Provision pr : a.provisions()) {
                ObjectNode n = provisions.addObject().put("id", pr.id()).put("title", pr.title())
                        .put("text_markdown", pr.text().text().strip());
                pr.deadline().ifPresent(d -> n.put("deadline", d.toString()));
                n.put("page", ItemLink.provisionPath(a.id(), pr.id()));
            }
            ArrayNode events = o.putArray("events");
            for (Event e : site.eventsFor(site.eventsByAgreement(), a.id())) {
                for (AgreementLink l : e.agreements()) {
                    if (!l.agreement().id().equals(a.id())) continue;
                    ObjectNode n = events.addObject().put("event", e.id());
                    l.provision().ifPresent(x -> n.put("provision", x.id()));
                    n.put("relation", l.relation().key());
                }
            }
            o.put("page", ContentKind.AGREEMENT.pagePath(a.id()));
        }
        return out;
    }

    /** Each topic with its parent, aliases, description, events (ids, in date order) and the claim sets it names. */
    private static ArrayNode topicsJson(LinkedSite site) {
        ArrayNode out = JSON.createArrayNode();
        for (Topic t : site.topics().values()) {
            ObjectNode o = out.addObject();
            o.put("id", t.id());
            o.put("title", t.title());
            t.parent().ifPresent(p -> o.put("parent", p.id()));
            t.aliases().forEach(o.putArray("aliases")::add);
            o.put("description_markdown", t.description().text().strip());
            ArrayNode events = o.putArray("events");
            site.eventsReferring(ContentKind.TOPIC, t.id()).forEach(e -> events.add(e.id()));
            ArrayNode sets = o.putArray("claim_sets");
            for (ClaimSetName n : t.claimSets()) {
                ObjectNode s = sets.addObject().put("id", n.id()).put("title", n.title());
                if (!n.unitNote().isEmpty()) s.put("unit_note", n.unitNote());
                if (n.chart()) s.put("chart", true);
            }
            o.put("page", ContentKind.TOPIC.pagePath(t.id()));
        }
        return out;
    }

    private static void ids(ArrayNode array, List<Ref> refs) {
        refs.forEach(r -> array.add(r.id()));
    }

    private static String joined(List<Ref> refs) {
        return refs.stream().map(Ref::id).collect(Collectors.joining("; "));
    }

    private static String json(ArrayNode node) {
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A row whose texts a spreadsheet will not run: a cell opening with '=', '+', '-', '@', a tab or
     * a carriage return is a formula to Excel and LibreOffice ("=HYPERLINK(...)" in a title would be
     * evaluated when the file is opened), so it gets a leading apostrophe, which they show as text.
     * A number (a figure, "-3") is left as it is.
     */
    static Map<String, String> inert(Map<String, String> row) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, v != null && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0
                && !v.matches("[-+]?[0-9]+(\\.[0-9]+)?") ? "'" + v : v));
        return out;
    }

    /**
     * The byte order mark a CSV starts with: Excel reads a CSV without one in the machine's legacy
     * code page, so "Erdoğan" opened as "ErdoÄŸan" (issue 30). RFC 4180 readers and spreadsheets
     * other than Excel skip it.
     */
    static final String BOM = "\uFEFF";

    private static String csv(List<String> columns, List<Map<String, String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns.forEach(schema::addColumn);
        List<Map<String, String>> safe = rows.stream().map(DataExports::inert).toList();
        try {
            return BOM + CSV.writer(schema.build()).writeValueAsString(safe);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
