package org.idlibchronicle.link;

import java.time.YearMonth;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.EventDate;
import org.idlibchronicle.text.Dates;

/**
 * Where the pages that belong to no item live in the built site, and how one page links another.
 * An item's page is where its kind's {@link ContentKind#pagePath} puts it, the one address every
 * stage reads. Pages are {@code .html} files, never folder indexes, so that links work from
 * {@code file://} as well as from a web server.
 */
public final class PagePaths {
    private PagePaths() {}

    public static final String FIGURES = "figures.html";
    public static final String ABOUT = "about.html";
    public static final String SEARCH = "search.html";
    public static final String NOT_FOUND = "404.html";

    public static String month(YearMonth month) {
        return "chronology/" + month + ".html";
    }

    /**
     * Where an event's date is listed on its month page: its day ({@code d-2020-02-06}), the month
     * without a day ({@code d-2020-02}), or, for an event the sources date only to a span of months,
     * the group after every dated day ({@code d-undated-2019-12-2020-03}). The ids sort in page order.
     */
    public static String dayAnchor(EventDate date) {
        return spansMonths(date) ? "d-undated-" + YearMonth.from(date.start()) + "-" + YearMonth.from(date.end())
                : "d-" + Dates.iso(date);
    }

    /** A date the sources give only as a span of months: month pages list it apart, not as dated in its first month. */
    public static boolean spansMonths(EventDate date) {
        return date.precision() == DatePrecision.MONTH && !YearMonth.from(date.start()).equals(YearMonth.from(date.end()));
    }

    /** A link from one page to another, relative so that the site works from any folder. */
    public static String relative(String fromPage, String toPage) {
        int depth = 0;
        for (int slash = fromPage.indexOf('/'); slash >= 0; slash = fromPage.indexOf('/', slash + 1)) depth++;
        return depth == 0 ? toPage : up(depth).concat(toPage);
    }

    /** "../" as many times as the deepest pages need, made once: every link of every page asks. */
    private static final String[] UP = {"", "../", "../../", "../../../", "../../../../"};

    private static String up(int depth) {
        return depth < UP.length ? UP[depth] : "../".repeat(depth);
    }

    /** The prefix that leads from a page back to the site root: "" or "../" or "../../". */
    public static String root(String page) {
        return relative(page, "");
    }
}
