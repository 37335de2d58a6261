package org.idlibchronicle.plan;

import java.util.List;
import org.idlibchronicle.text.Dates;

/**
 * One thing search can find, with the texts it is found by (one per field) and what a result shows.
 *
 * @param type    event, agreement, provision, actor, place or source
 * @param year    the year it belongs to (0 for undated items), for the year filter
 * @param aliases other names (aliases, short name), each matched as a whole for "exact match first"
 * @param excerpt what its result shows under the title: the summary, or for a bibliography entry
 *                also what it supports; not searched, so that a citation is not found by the
 *                titles of the pages citing it (they are found themselves)
 */
public record SearchDocument(String type, int year, String date, String url, String title, List<String> aliases,
                             String summary, String body, List<String> places, List<String> actors, String excerpt) {

    /** A document whose result shows its summary. */
    public SearchDocument(String type, int year, String date, String url, String title, List<String> aliases,
                          String summary, String body, List<String> places, List<String> actors) {
        this(type, year, date, url, title, aliases, summary, body, places, actors, summary);
    }

    /** The indexed fields and their weights (BM25F boosts). */
    public enum Field {
        TITLE(8), ALIASES(6), SUMMARY(2.5), PLACES(2), ACTORS(2), BODY(1), TYPE(1), DATE(1);

        /** How much a match in this field weighs. */
        public final double boost;

        Field(double boost) {
            this.boost = boost;
        }
    }

    /**
     * How much a match in this document weighs against the same match elsewhere. A bibliography entry
     * is a few words titled with its outlet: without a lower prior, five citations of SOHR tie with
     * SOHR's own page and push it out of the first results (issue 29).
     */
    public double prior() {
        return type.equals("source") ? 0.6 : 1.0;
    }

    /** Its text in field {@code f}. */
    public String text(Field f) {
        return switch (f) {
            case TITLE -> title;
            case ALIASES -> String.join(" \n ", aliases);
            case SUMMARY -> summary;
            case PLACES -> String.join(" \n ", places);
            case ACTORS -> String.join(" \n ", actors);
            case BODY -> body;
            case TYPE -> type;
            case DATE -> Dates.partial(date);
        };
    }
}
