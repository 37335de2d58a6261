package org.idlibchronicle.render;

import java.util.List;

/**
 * What templates receive: plain values, already formatted and linked (relative to the page), so
 * that templates only present. Text is escaped by Pebble; fields ending in {@code Html} hold
 * HTML rendered from Markdown by {@link MarkdownRenderer} and are printed raw.
 */
public final class Views {
    private Views() {}

    /** What every page has: its path, the way back to the root, its title and description. */
    public record Page(String path, String root, String title, String description, String kind, String section) {}

    public record Link(String label, String href) {}

    public record Badge(String label, String href, String relation, String relationKey, String provision, String note) {}

    /**
     * {@code via} is the document the report was read in, null when it was read directly; {@code dateNote}
     * how its date was inferred, empty when the document gives it.
     */
    public record Citation(String outlet, String title, String author, String date, String dateNote, String url,
                           String kindLabel, ReadIn via, String sourceHref, String documentHref) {}

    /**
     * The document a report was read in, named as a citation names it: publisher and title, the title
     * linked to the document's page here ({@code documentHref}: its archived text or quoted passages),
     * or, where it has none, to its verified address ({@code url}) or its entry in the bibliography.
     */
    public record ReadIn(String outlet, String title, String url, String sourceHref, String documentHref) {}

    /**
     * A note: its source's citation (null for an explanatory note), any written text, and the passages
     * quoted from the source, each with the references resting on it ({@code refAnchors} are all of them).
     */
    public record Note(int number, String anchor, List<String> refAnchors, Citation citation, String textHtml,
                       List<PassageView> passages) {}

    /**
     * Words a note's statements rest on: {@code quote} is empty for a citation without one. The
     * document they are in is linked twice: at its address, scrolled to the words by a text fragment
     * ({@code fragmentHref}, empty when it has no address), and on its page here, at the marked passage.
     * {@code usesBefore}: how many of the note's references come in passages before this one.
     */
    public record PassageView(String quote, String note, String documentTitle, String documentHref,
                              String fragmentHref, String documentHost, String documentLinkLabel, List<String> refAnchors,
                              int usesBefore) {}

    /**
     * A document's page: what is known of it, its archived text with every quoted passage marked
     * ({@code textHtml}, empty when the text is not republished), and the quoted passages with the
     * pages resting on each.
     */
    public record DocumentPage(String title, String publisher, String author, String date, String url, String licence,
                               String attribution, String revision, String note, boolean archived, String textHtml,
                               List<QuotedPassage> passages) {}

    /** A passage of a document the record quotes, as its page lists it. */
    public record QuotedPassage(int number, String anchor, String quote, String fragmentHref, List<Link> usedBy) {}

    /** {@code source}: the source's outlet and date, beside its note number (a number alone told a reader nothing). */
    public record ClaimRow(Link claimant, String figure, String unit, String of, String asOf, String source, int note,
                           String noteAnchor, String comment) {}

    /** {@code disputedHref} links to the set on the contested-figures page, empty when claimants agree. */
    /** One set of figures: its heading and unit note as a topic names it. */
    public record ClaimTable(String title, String unitNote, boolean contested, String disputedHref, List<ClaimRow> rows) {}

    public record EventItem(String title, String href, String date, String dateIso, String summary,
                            List<Link> places, List<Link> actors, List<Badge> agreements) {}

    public record EventPage(EventItem item, boolean approximate, List<Link> topics, List<ClaimTable> claims,
                            String bodyHtml, List<Note> notes, List<EventItem> related, Link previous, Link next,
                            Link month) {}

    /** {@code provision} is the title of the provision the link concerns, empty for the agreement as a whole. */
    public record ComplianceRow(String date, Link event, String relation, String relationKey, String note,
                                String provision) {}

    public record ProvisionView(String id, String anchor, String title, String textHtml, String deadline,
                                List<ComplianceRow> events) {}

    public record AgreementPage(String title, String shortName, List<String> aliases, String signed,
                                Link signedAt, String effective, List<Link> parties, List<Link> guarantors,
                                String status, String statusKey, List<Link> relations,
                                List<ProvisionView> provisions, String bodyHtml, List<ComplianceRow> events,
                                List<Note> notes) {}

    public record AgreementItem(String title, String shortName, String href, String signed, String status,
                                String statusKey, int eventCount) {}

    /** @param names a place's names from a gazetteer ({@link GazetteerNamesView#NONE} for an actor) */
    public record EntityPage(String name, String shortName, List<String> aliases, GazetteerNamesView.Names names,
                             String kind, Link affiliation, String governorate, String descriptionHtml,
                             List<EventItem> events, List<AgreementItem> agreements, List<Note> notes) {}

    public record EntityItem(String name, String href, String kind, List<String> aliases, int eventCount) {}

    /**
     * The events of one day of a month page, or of the month without a day, or those the sources
     * date only to a span of months (listed last, not as if they happened in this month).
     *
     * @param date    the heading ("6 February 2020", "February 2020, day not known", "Not dated: …")
     * @param dateIso its machine-readable date, empty for a span of months
     * @param anchor  its id on the page
     * @param day     the day as the day list shows it ("6"), or "day not known", or "undated"
     */
    public record DayGroup(String date, String dateIso, String anchor, String day, List<EventItem> events) {}

    public record MonthPage(String label, List<DayGroup> days, int count, Link previous, Link next) {}

    public record MonthItem(String label, String href, int count) {}

    public record YearItem(int year, int count, List<MonthItem> months) {}

    public record SourceEntry(String id, Citation citation, List<Link> citedOn) {}

    public record OutletGroup(String outlet, List<SourceEntry> sources) {}

    public record HomePage(List<AgreementItem> agreements, List<YearItem> years, int events, int actors,
                           int places, int sources, List<EventItem> firstEvents) {}
}
