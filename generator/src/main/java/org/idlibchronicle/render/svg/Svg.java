package org.idlibchronicle.render.svg;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one inline SVG picture through the JDK's StAX writer, which escapes every text and
 * attribute value, so titles taken from content cannot break out of the markup. Coordinates are
 * printed with at most one decimal in the root locale, so the output is the same on every machine.
 */
final class Svg {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter w;

    Svg(double width, double height, String... attributes) {
        try {
            w = FACTORY.createXMLStreamWriter(out);
            w.writeStartElement("svg");
            w.writeAttribute("xmlns", "http://www.w3.org/2000/svg");
            w.writeAttribute("viewBox", "0 0 " + num(width) + " " + num(height));
            attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs. */
    Svg open(String name, String... attributes) {
        try {
            w.writeStartElement(name);
            attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element without children. */
    Svg empty(String name, String... attributes) {
        return open(name, attributes).close();
    }

    /** An element holding only text, such as {@code <title>} or {@code <text>}. */
    Svg text(String name, String text, String... attributes) {
        open(name, attributes);
        try {
            w.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return close();
    }

    Svg close() {
        try {
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Closes every open element and returns the markup. */
    String finish() {
        try {
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private void attributes(String[] pairs) throws XMLStreamException {
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) w.writeAttribute(pairs[i], pairs[i + 1]);
        }
    }

    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
        return s.equals("-0") ? "0" : s;
    }
}
