package org.idlibchronicle.render.feed;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.render.OutputFile;
import org.idlibchronicle.config.SiteConfig;

/**
 * {@code feed.xml}: an Atom feed (RFC 4287) of the latest {@value #LIMIT} events by date, newest
 * first. Ids are {@code urn:idlib-chronicle:event:<id>} URNs, which stay the same wherever the
 * site is published; links are absolute when the site has a configured address, and otherwise
 * relative to the feed, which sits at the site root. {@code updated} is the event's own date, never
 * the time of the build, so two builds write the same feed.
 */
public final class AtomFeed {
    public static final String PATH = "feed.xml";
    public static final int LIMIT = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    public static OutputFile write(LinkedSite site, SiteConfig config, String title, String subtitle) {
        List<Event> latest = new ArrayList<>(site.chronology().events());
        java.util.Collections.reverse(latest);
        latest = latest.subList(0, Math.min(LIMIT, latest.size()));
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            element(w, "title", title);
            element(w, "subtitle", subtitle);
            element(w, "id", "urn:idlib-chronicle:events");
            link(w, "self", config.absolute(PATH).orElse(PATH), "application/atom+xml");
            link(w, "alternate", config.absolute("chronology/index.html").orElse("chronology/index.html"), "text/html");
            element(w, "updated", latest.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(latest.get(0)));
            w.writeStartElement("author");
            element(w, "name", title);
            w.writeEndElement();
            for (Event e : latest) {
                w.writeCharacters("\n");
                w.writeStartElement("entry");
                element(w, "title", e.title());
                element(w, "id", "urn:idlib-chronicle:event:" + e.id());
                String page = PagePaths.event(e.id());
                link(w, "alternate", config.absolute(page).orElse(page), "text/html");
                element(w, "updated", timestamp(e));
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

    private static String timestamp(Event e) {
        return e.date().start() + "T00:00:00Z";
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
