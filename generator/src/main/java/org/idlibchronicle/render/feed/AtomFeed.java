package org.idlibchronicle.render.feed;

import org.idlibchronicle.kind.ContentKind;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.idlibchronicle.history.ContentHistory;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.config.SiteConfig;

/**
 * {@code feed.xml}: an Atom feed (RFC 4287) of the {@value #LIMIT} events added or changed last,
 * most recently updated first (events updated at the same time: the later event first). Ids are
 * {@code urn:<site id>:event:<id>} URNs ({@code site.yaml}'s {@code id}) of the id an event was first
 * published under ({@link #entryId}), which stay the same wherever the site is published and when it is renamed;
 * links are absolute when the site has a configured address, and otherwise relative to the feed,
 * which sits at the site root.
 *
 * <p>An entry's {@code updated} is the time of the last commit that changed the event's file
 * ({@link ContentHistory}), so that an event added or corrected today reaches subscribers even
 * when it happened in 2018; where the history does not tell (no git checkout, a file not committed
 * yet, a shallow clone), it is the event's own date at midnight UTC. The feed's {@code updated} is
 * the latest of its entries'. Neither is ever the time of the build, so two builds of one commit
 * write the same feed.
 */
public final class AtomFeed {
    public static final String PATH = org.idlibchronicle.plan.Manifest.FEED;
    public static final int LIMIT = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /** The feed with every entry dated by its event's date, as outside a git checkout. */
    public static OutputFile write(LinkedSite site, SiteConfig config, String title, String subtitle) {
        return write(site, config, title, subtitle, ContentHistory.none());
    }

    /** The feed with entries dated by when {@code history} says their files last changed. */
    public static OutputFile write(LinkedSite site, SiteConfig config, String title, String subtitle,
                                   ContentHistory history) {
        List<Entry> latest = new ArrayList<>();
        for (Event e : site.chronology().events()) latest.add(new Entry(e, updated(e, history)));
        java.util.Collections.reverse(latest);
        // A stable sort: among entries updated at the same time, the chronology's newest first.
        latest.sort(Comparator.comparing(Entry::updated).reversed());
        latest = latest.subList(0, Math.min(LIMIT, latest.size()));
        Instant feedUpdated = latest.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            element(w, "title", title);
            element(w, "subtitle", subtitle);
            element(w, "id", "urn:" + config.id() + ":events");
            link(w, "self", config.absolute(PATH).orElse(PATH), "application/atom+xml");
            link(w, "alternate", config.absolute("chronology/index.html").orElse("chronology/index.html"), "text/html");
            element(w, "updated", timestamp(feedUpdated));
            w.writeStartElement("author");
            element(w, "name", title);
            w.writeEndElement();
            for (Entry entry : latest) {
                Event e = entry.event();
                w.writeCharacters("\n");
                w.writeStartElement("entry");
                element(w, "title", e.title());
                element(w, "id", entryId(config, e));
                String page = ContentKind.EVENT.pagePath(e.id());
                link(w, "alternate", config.absolute(page).orElse(page), "text/html");
                element(w, "updated", timestamp(entry.updated()));
                element(w, "summary", e.summary());
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return OutputFile.text(PATH, "feed", out + "\n");
    }

    /** An event in the feed and the time it was last added or changed. */
    private record Entry(Event event, Instant updated) {}

    private static Instant updated(Event e, ContentHistory history) {
        return history.lastChanged(Path.of(e.origin().path()))
                .orElseGet(() -> e.date().start().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** RFC 3339 in UTC, to the second: {@code 2020-03-05T00:00:00Z}. */
    /**
     * An entry's permanent id (RFC 4287 4.2.6: an entry's id never changes): the URN of the id
     * the event was first published under, the first of its {@code former_ids} when it was renamed.
     * Made from its current id, a renamed event came to subscribers as a second, new entry.
     */
    static String entryId(SiteConfig config, Event e) {
        String first = e.formerIds().isEmpty() ? e.id() : e.formerIds().get(0).id();
        return "urn:" + config.id() + ":event:" + first;
    }

    private static String timestamp(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }
}
