package org.idlibchronicle.render.export;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.EventDate;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.plan.Manifest;
import org.idlibchronicle.text.Dates;
import org.idlibchronicle.plan.AgreementPeriods;

/**
 * The record as data, for readers who want to count or chart it themselves: the files under
 * {@code data/} that the kinds declare ({@code plan/KindPages#dataFiles}) and make
 * ({@link KindExports}): events.json, events.csv and claims.csv from events, agreements.json, topics.json.
 * What they share is here: ids are the content's ids; {@code page} is the page's path from the site
 * root. JSON is written by Jackson and CSV by Jackson's CSV module (RFC 4180 quoting), both with
 * "\n" line ends so that every machine writes the same bytes.
 */
public final class DataExports {
    public static final String DIR = Manifest.DATA;

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final CsvMapper CSV = new CsvMapper();

    private DataExports() {}

    /** The data file the manifest plans at {@code path}, made by the kind that declares it. */
    public static OutputFile file(String path, LinkedSite site, List<AgreementPeriods.Period> periods,
                                  List<? extends KindExports> kinds) {
        String name = path.substring(DIR.length());
        for (KindExports kind : kinds) {
            Optional<String> text = kind.dataFile(name, site, periods);
            if (text.isPresent()) return OutputFile.text(path, "data", text.get());
        }
        throw new IllegalStateException("the plan has a data file no kind makes: " + path);
    }

    /** A JSON array to fill, one object per item. */
    public static ArrayNode array() {
        return JSON.createArrayNode();
    }

    /** A date as the data files give it: its ISO start, its end if a range, its precision, whether approximate. */
    public static void date(ObjectNode o, EventDate d) {
        boolean month = d.precision() == DatePrecision.MONTH;
        o.put("date", Dates.iso(d.start(), d.precision()));
        if (d.range()) o.put("end", Dates.iso(d.end(), d.precision()));
        o.put("precision", month ? "month" : "day");
        o.put("approximate", d.approximate());
    }

    /** The ids of {@code refs}, added to {@code array}. */
    public static void ids(ArrayNode array, List<Ref> refs) {
        refs.forEach(r -> array.add(r.id()));
    }

    /** The ids of {@code refs} in one CSV cell, separated by "; ". */
    public static String joined(List<Ref> refs) {
        return refs.stream().map(Ref::id).collect(Collectors.joining("; "));
    }

    /** {@code node} as pretty-printed JSON with "\n" line ends. */
    public static String json(ArrayNode node) {
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

    /** {@code rows} as CSV under {@code columns}, with a byte order mark, every cell inert ({@link #inert}). */
    public static String csv(List<String> columns, List<Map<String, String>> rows) {
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
