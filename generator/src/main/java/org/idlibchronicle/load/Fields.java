package org.idlibchronicle.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.EventDate;
import org.idlibchronicle.model.Ref;

/**
 * Typed access to a schema-valid YAML document. The schema has already checked shapes; what is
 * left here is what a schema cannot say, such as whether 2020-02-30 is a real day.
 */
public final class Fields {
    private final YamlDocument doc;
    private final Problems problems;
    private boolean failed;

    Fields(YamlDocument doc, Problems problems) {
        this.doc = doc;
        this.problems = problems;
    }

    /** True when a value could not be converted; the item is then left out of the model. */
    public boolean failed() {
        return failed;
    }

    YamlDocument doc() {
        return doc;
    }

    public SourcePosition at(String ptr) {
        return doc.at(ptr);
    }

    public boolean has(String ptr) {
        JsonNode n = doc.root().at(ptr);
        return !n.isMissingNode() && !n.isNull();
    }

    public String text(String ptr) {
        return doc.root().at(ptr).asText("").strip();
    }

    public Optional<String> optText(String ptr) {
        return has(ptr) ? Optional.of(text(ptr)) : Optional.empty();
    }

    public boolean flag(String ptr) {
        return doc.root().at(ptr).asBoolean(false);
    }

    public Optional<BigDecimal> number(String ptr) {
        return has(ptr) ? Optional.of(doc.root().at(ptr).decimalValue()) : Optional.empty();
    }

    public int size(String ptr) {
        return doc.root().at(ptr).size();
    }

    public List<String> texts(String ptr) {
        List<String> out = new ArrayList<>();
        doc.root().at(ptr).forEach(n -> out.add(n.asText().strip()));
        return List.copyOf(out);
    }

    public Ref ref(String ptr) {
        return new Ref(text(ptr), at(ptr));
    }

    public Optional<Ref> optRef(String ptr) {
        return has(ptr) ? Optional.of(ref(ptr)) : Optional.empty();
    }

    public List<Ref> refs(String ptr) {
        List<Ref> out = new ArrayList<>();
        for (int i = 0; i < size(ptr); i++) {
            out.add(ref(ptr + "/" + i));
        }
        return List.copyOf(out);
    }

    /**
     * The years a date of the record may take. Pages and timelines span the record's dates, so a typo
     * such as {@code 0000-01-01} or {@code 2201-03-05} would otherwise publish centuries of empty months
     * (a 15 MB site became 116 MB); a record of modern history has no date outside these.
     */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    /** A day ({@code 2020-02-27}) or, where allowed, a month ({@code 2019-08}); null if not a real date. */
    public EventDate date(String ptr, boolean approximate) {
        String s = text(ptr);
        try {
            EventDate date;
            if (s.length() == 7) {
                YearMonth m = YearMonth.parse(s);
                date = new EventDate(m.atDay(1), m.atEndOfMonth(), DatePrecision.MONTH, approximate, false);
            } else {
                LocalDate d = LocalDate.parse(s);
                date = new EventDate(d, d, DatePrecision.DAY, approximate, false);
            }
            int year = date.start().getYear();
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                problems.error(at(ptr), "'" + s + "' is outside the years a record's dates may take (" + FIRST_YEAR + " to "
                        + LAST_YEAR + "): check the year for a missing or swapped digit");
                failed = true;
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            problems.error(at(ptr), "'" + s + "' is not a real date" + whyNot(s));
            failed = true;
            return null;
        }
    }

    /**
     * An address a reader can follow from any page: absolute, https, with a host, and valid as a URI
     * (spaces and non-ASCII characters percent-encoded). The schema's pattern catches most mistakes;
     * this catches what a pattern cannot, such as a broken percent escape.
     */
    public Optional<String> optAddress(String ptr) {
        if (!has(ptr)) return Optional.empty();
        String s = text(ptr);
        int invisible = s.codePoints().filter(c -> Character.getType(c) == Character.FORMAT).findFirst().orElse(-1);
        if (invisible >= 0) {
            // U+202E and its kind reorder what a reader sees: "\u202Egpj.exe" shows as "exe.jpg".
            problems.error(at(ptr), "the address holds the invisible character " + String.format("U+%04X", invisible)
                    + ", which can change how it reads: delete it");
            failed = true;
            return Optional.empty();
        }
        try {
            URI uri = new URI(s);
            if (uri.getRawUserInfo() != null) {
                problems.error(at(ptr), "the address holds a user name or password before its host ('"
                        + uri.getRawUserInfo().replaceAll(":.*", ":...") + "@'), which would be published: remove it");
                failed = true;
                return Optional.empty();
            }
            if (uri.isAbsolute() && "https".equals(uri.getScheme()) && uri.getHost() != null) return Optional.of(s);
        } catch (URISyntaxException e) {
            // reported below with the same advice as a relative or http address
        }
        problems.error(at(ptr), "'" + s + "' is not an absolute https address: write it as https://host/path, "
                + "with spaces and non-ASCII characters percent-encoded (%20, %E2%80%93)");
        failed = true;
        return Optional.empty();
    }

    public Optional<LocalDate> optDay(String ptr) {
        if (!has(ptr)) return Optional.empty();
        EventDate d = date(ptr, false);
        return d == null ? Optional.empty() : Optional.of(d.start());
    }

    /** "(February 2020 has 29 days)" for a day past the month's end, "(months run 01 to 12)". */
    private static String whyNot(String s) {
        try {
            int month = Integer.parseInt(s.substring(5, 7));
            if (month < 1 || month > 12) return " (months run from 01 to 12)";
            YearMonth ym = YearMonth.of(Integer.parseInt(s.substring(0, 4)), month);
            return " (" + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear()
                    + " has " + ym.lengthOfMonth() + " days)";
        } catch (RuntimeException e) {
            return "";
        }
    }
}
