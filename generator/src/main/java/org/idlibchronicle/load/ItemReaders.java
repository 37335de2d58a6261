package org.idlibchronicle.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.AgreementLink;
import org.idlibchronicle.model.AgreementRelation;
import org.idlibchronicle.model.AgreementStatus;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.model.ClaimSetName;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.EventDate;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Provision;
import org.idlibchronicle.model.Relation;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.model.Topic;

/**
 * Turns schema-valid YAML documents into model records. Each method returns null when a value
 * could not be converted (already reported), so the item is left out of the model.
 */
final class ItemReaders {
    private final Problems problems;

    ItemReaders(Problems problems) {
        this.problems = problems;
    }

    Event event(String id, Fields f, MarkdownSource text, Markdown mdBody) {
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
            Claim c = claim(f, "/claims/" + i);
            if (c != null) claims.add(c);
        }
        Markdown body = mdBody != null ? mdBody
                : f.has("/body") ? text.markdown(f, "/body") : Markdown.empty(f.at(""));
        if (f.failed() || date == null || claims.size() != f.size("/claims")) return null;
        // The rest (title, summary, places, actors, tags, any new plain field) is bound by name.
        return RecordBinder.bind(Event.class, id, f, text, Map.of("date", date, "agreements", List.copyOf(links),
                "claims", List.copyOf(claims), "body", body,
                "at", Map.of("title", f.at("/title"), "summary", f.at("/summary"))));
    }

    /**
     * The largest figure a claim may give: far above any count of people, weapons or money the
     * record reports, and small enough that every page, chart and export can print it in full
     * ({@code 1e999999999} is a valid YAML number that no page could print).
     */
    static final BigDecimal MAX_FIGURE = new BigDecimal("1000000000000");
    /** Decimal places a figure may have (a percentage like 12.75, a count in millions like 1.5). */
    static final int MAX_DECIMALS = 2;

    private Claim claim(Fields f, String p) {
        Optional<BigDecimal> value = f.number(p + "/value");
        Optional<BigDecimal> min = f.number(p + "/min");
        Optional<BigDecimal> max = f.number(p + "/max");
        boolean plausible = true;
        for (String key : List.of("value", "min", "max")) {
            plausible &= plausibleFigure(f, p + "/" + key);
        }
        if (!plausible) return null;
        if (value.isPresent() == (min.isPresent() || max.isPresent())) {
            problems.error(f.at(p), "a claim needs either 'value', or 'min' and 'max' for a range (not both)");
            return null;
        }
        if (value.isEmpty() && (min.isEmpty() || max.isEmpty())) {
            problems.error(f.at(p), "a range claim needs both 'min' and 'max'");
            return null;
        }
        BigDecimal lo = value.orElseGet(min::get);
        BigDecimal hi = value.orElseGet(max::get);
        if (lo.compareTo(hi) > 0) {
            problems.error(f.at(p + "/max"), "'max' (" + hi + ") is below 'min' (" + lo + ")");
            return null;
        }
        if (f.has(p + "/as_of") && f.date(p + "/as_of", false) == null) return null;
        String unit = f.text(p + "/unit");
        f.optText(p + "/quote").ifPresent(q -> {
            if (!f.has(p + "/figure_reviewed") && !QuotedFigures.gives(q, lo) && !QuotedFigures.gives(q, hi)) {
                problems.warning(f.at(p + "/quote"), "the quote does not give the figure " + (lo.equals(hi) ? lo.toPlainString()
                        : lo.toPlainString() + "–" + hi.toPlainString()) + ": quote the words that give it (in digits or in"
                        + " words), or, where it gives it in a way the build cannot see, say how in 'figure_reviewed:'");
            }
        });
        return new Claim(f.ref(p + "/claimant"), lo, hi, f.text(p + "/qualifier"), unit, f.text(p + "/of"),
                f.has(p + "/topic") ? f.text(p + "/topic") : unit, f.optText(p + "/as_of"),
                f.ref(p + "/source"), f.text(p + "/note"), f.at(p),
                f.optText(p + "/quote").map(q -> new org.idlibchronicle.model.Quote(q.strip().replaceAll("\\s+", " "), "",
                        f.at(p + "/quote"))));
    }

    /** Reports a figure too large or too finely divided to be a reported number. */
    private boolean plausibleFigure(Fields f, String ptr) {
        Optional<BigDecimal> n = f.number(ptr);
        if (n.isEmpty()) return true;
        String field = "'" + ptr.substring(1).replace('/', '.') + "'";
        // Compared without printing: 1e999999999 written out in full would not fit in memory.
        if (n.get().abs().compareTo(MAX_FIGURE) > 0) {
            problems.error(f.at(ptr), field + " is " + n.get().round(new java.math.MathContext(3))
                    + ", larger than any reported figure (at most 1000000000000): check for a typo or a"
                    + " stray exponent; for a figure in millions or billions write the number in full");
            return false;
        }
        BigDecimal exact = n.get().stripTrailingZeros();
        if (exact.scale() > MAX_DECIMALS) {
            problems.error(f.at(ptr), field + " has " + exact.scale() + " decimal places; a figure may have at most "
                    + MAX_DECIMALS + ": round it as the source does");
            return false;
        }
        return true;
    }

    Agreement agreement(String id, Fields f, MarkdownSource text, Markdown body) {
        EventDate signed = f.date("/signed", f.flag("/approximate"));
        Optional<EventDate> effective = f.has("/effective")
                ? Optional.ofNullable(f.date("/effective", false)) : Optional.empty();
        List<AgreementRelation> relations = new ArrayList<>();
        for (int i = 0; i < f.size("/relations"); i++) {
            relations.add(new AgreementRelation(f.text("/relations/" + i + "/kind"),
                    f.ref("/relations/" + i + "/agreement")));
        }
        List<Provision> provisions = new ArrayList<>();
        for (int i = 0; i < f.size("/provisions"); i++) {
            String p = "/provisions/" + i;
            provisions.add(new Provision(f.text(p + "/id"), f.text(p + "/title"), text.markdown(f, p + "/text"),
                    f.optDay(p + "/deadline"), f.at(p + "/id")));
        }
        if (f.failed() || signed == null) return null;
        // The rest (title, short name, aliases, place, parties, guarantors) is bound by name.
        return RecordBinder.bind(Agreement.class, id, f, text, Map.of("signed", signed, "effective", effective,
                "status", AgreementStatus.fromKey(f.text("/status")), "relations", List.copyOf(relations),
                "provisions", List.copyOf(provisions), "body", body));
    }



    Topic topic(String id, Fields f, MarkdownSource text) {
        List<ClaimSetName> names = new ArrayList<>();
        for (int i = 0; i < f.size("/claim_sets"); i++) {
            String p = "/claim_sets/" + i;
            names.add(new ClaimSetName(f.text(p + "/id"), f.text(p + "/title"), f.text(p + "/unit_note"),
                    f.flag(p + "/chart"), f.at(p + "/id")));
        }
        if (f.failed()) return null;
        // The rest (title, aliases, parent, description) is bound by name.
        return RecordBinder.bind(Topic.class, id, f, text, Map.of("claimSets", List.copyOf(names)));
    }

    Source source(String id, Fields f) {
        String date = f.text("/date");
        if (date.length() >= 7 && f.date("/date", false) == null) {
            return null;
        }
        if (date.length() == 4 && (Integer.parseInt(date) < Fields.FIRST_YEAR || Integer.parseInt(date) > Fields.LAST_YEAR)) {
            problems.error(f.at("/date"), "'" + date + "' is outside the years a record's dates may take ("
                    + Fields.FIRST_YEAR + " to " + Fields.LAST_YEAR + "): check the year for a missing or swapped digit");
            return null;
        }
        Optional<String> url = f.optAddress("/url");
        if (f.failed()) return null;
        return new Source(id, f.at(""), f.text("/outlet"), f.text("/kind"), f.optText("/date"), f.optText("/date_note"),
                f.optText("/author"), f.optText("/title"), url, f.optRef("/via"), f.optRef("/document"),
                f.text("/note"));
    }

    /** Locates Markdown held in a YAML string so its references can be reported at their line. */
    interface MarkdownSource {
        Markdown markdown(Fields f, String ptr);
    }

}
