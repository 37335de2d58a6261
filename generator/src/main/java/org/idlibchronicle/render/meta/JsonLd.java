package org.idlibchronicle.render.meta;

import org.idlibchronicle.kind.ItemLink;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.AgreementStatus;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Provision;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.text.Dates;

/**
 * schema.org descriptions of event and agreement pages, as JSON-LD to embed in a
 * {@code <script type="application/ld+json">}. An event is an {@code Event}; an agreement is a
 * {@code Legislation} (schema.org's type for a legal document, "enforceable or not"), with its
 * legal force taken from its status. The JSON is written by Jackson, and every {@code <}, {@code >}
 * and {@code &} in it is written as a Unicode escape so that no text from content can close the
 * script element.
 */
public final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {}

    public static String event(Event e, Map<String, Place> places, Optional<String> url) {
        ObjectNode o = base("Event", e.title(), e.summary(), url);
        o.put("startDate", Dates.iso(e.date()));
        if (e.date().range() || !e.date().start().equals(e.date().end())) {
            o.put("endDate", e.date().precision() == org.idlibchronicle.model.DatePrecision.MONTH
                    ? java.time.YearMonth.from(e.date().end()).toString() : e.date().end().toString());
        }
        ArrayNode location = o.putArray("location");
        for (Ref r : e.places()) {
            Place p = places.get(r.id());
            ObjectNode place = location.addObject().put("@type", "Place").put("name", p.name());
            if (!p.aliases().isEmpty()) place.putPOJO("alternateName", p.aliases());
        }
        return write(o);
    }

    public static String agreement(Agreement a, Map<String, Actor> actors, Optional<String> url) {
        ObjectNode o = base("Legislation", a.title(), a.title(), url);
        ArrayNode names = o.putArray("alternateName").add(a.shortName());
        a.aliases().forEach(names::add);
        o.put("legislationDate", org.idlibchronicle.text.Dates.iso(a.signed()));
        o.put("legislationType", "international agreement");
        ArrayNode by = o.putArray("legislationPassedBy");
        for (Ref r : a.parties()) by.add(actor(actors.get(r.id())));
        if (a.status() == AgreementStatus.IN_FORCE) o.put("legislationLegalForce", "https://schema.org/InForce");
        if (a.status() == AgreementStatus.COLLAPSED || a.status() == AgreementStatus.SUPERSEDED) {
            o.put("legislationLegalForce", "https://schema.org/NotInForce");
        }
        ArrayNode parts = o.putArray("hasPart");
        for (Provision p : a.provisions()) {
            ObjectNode part = parts.addObject().put("@type", "Legislation").put("name", p.title()).put("identifier", p.id());
            url.ifPresent(u -> part.put("url", u + "#" + ItemLink.provisionAnchor(p.id())));
        }
        return write(o);
    }

    private static ObjectNode base(String type, String name, String description, Optional<String> url) {
        ObjectNode o = JSON.createObjectNode();
        o.put("@context", "https://schema.org");
        o.put("@type", type);
        o.put("name", name);
        o.put("description", description);
        url.ifPresent(u -> o.put("url", u));
        return o;
    }

    private static ObjectNode actor(Actor a) {
        String type = switch (a.kind()) {
            case "state" -> "Country";
            case "person" -> "Person";
            default -> "Organization";
        };
        return JSON.createObjectNode().put("@type", type).put("name", a.name());
    }

    private static String write(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
