package org.idlibchronicle.kinds;

import org.idlibchronicle.render.export.DataExports;
import org.idlibchronicle.plan.AgreementPeriods;
import org.idlibchronicle.model.AgreementLink;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.plan.PageModel.AgreementSummary;
import org.idlibchronicle.plan.PlannedPage;
import org.idlibchronicle.plan.Planning;
import java.util.Optional;
import org.idlibchronicle.load.Fields;
import org.idlibchronicle.load.ItemFile;
import org.idlibchronicle.model.AgreementRelation;
import org.idlibchronicle.model.AgreementStatus;
import org.idlibchronicle.model.EventDate;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.kind.ItemLink;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Provision;
import org.idlibchronicle.text.Dates;

/**
 * Agreements: read with their provisions; a page each with what happened to every provision, the
 * agreements' index and the overview of all provisions; each agreement and each provision found by search.
 */
final class AgreementKind extends KindClass {
    AgreementKind() {
        super(ContentKind.AGREEMENT);
    }

    @Override
    public Item read(ItemFile file) {
        Fields f = file.fields();
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
            provisions.add(new Provision(f.text(p + "/id"), f.text(p + "/title"), file.markdown(p + "/text"),
                    f.optDay(p + "/deadline"), f.at(p + "/id")));
        }
        if (f.failed() || signed == null) return null;
        // The rest (title, short name, aliases, place, parties, guarantors) is bound by name.
        return file.bind(Agreement.class, Map.of("signed", signed, "effective", effective,
                "status", AgreementStatus.fromKey(f.text("/status")), "relations", List.copyOf(relations),
                "provisions", List.copyOf(provisions), "body", file.body()));
    }

    @Override
    public void addPages(Planning planning, List<PlannedPage> out) {
        LinkedSite site = planning.site();
        out.add(Planning.page(ContentKind.AGREEMENT.nav().path(), "agreements", "index", "agreements", "Agreements",
                "The agreements of the record, in the order they were signed.",
                new PageModel.AgreementsIndexModel(planning.bySigning())));
        out.add(Planning.page("provisions.html", "provisions", "index", "agreements", "Provisions",
                "What each agreement required, provision by provision, and how often the record shows each"
                        + " implemented or violated.", provisionsOverview(site, planning.bySigning())));
        for (Agreement a : site.agreements().values()) {
            out.add(planning.item(ContentKind.AGREEMENT, a, "agreement", "agreements", a.shortName(), a.title(),
                    new PageModel.AgreementModel(a, site.eventsFor(site.eventsByAgreement(), a.id()),
                            eventsByProvision(site, a), planning.summaries().get(a.id()).period())));
        }
    }

    /** The events bearing on each provision of {@code a}, by provision id, in provision order. */
    private static Map<String, List<Event>> eventsByProvision(LinkedSite site, Agreement a) {
        Map<String, List<Event>> events = new LinkedHashMap<>();
        a.provisions().forEach(p -> events.put(p.id(),
                site.eventsFor(site.eventsByProvision(), LinkedSite.provisionKey(a.id(), p.id()))));
        return events;
    }

    /** Every provision of every agreement, in signing order, with how many events bear on it in each relation. */
    private static PageModel.ProvisionsModel provisionsOverview(LinkedSite site, List<AgreementSummary> bySigning) {
        List<PageModel.ProvisionRow> rows = new ArrayList<>();
        for (AgreementSummary s : bySigning) {
            Agreement a = s.agreement();
            for (var p : a.provisions()) {
                Map<String, Integer> byRelation = new TreeMap<>();
                for (Event e : site.eventsFor(site.eventsByProvision(), LinkedSite.provisionKey(a.id(), p.id()))) {
                    e.agreements().stream()
                            .filter(l -> l.concerns(a.id(), p.id()))
                            .forEach(l -> byRelation.merge(l.relation().key(), 1, Integer::sum));
                }
                rows.add(new PageModel.ProvisionRow(a, p, byRelation));
            }
        }
        return new PageModel.ProvisionsModel(List.copyOf(rows));
    }

    @Override
    public List<String> dataFiles() {
        return List.of("agreements.json");
    }

    @Override
    public Optional<String> dataFile(String name, LinkedSite site, List<AgreementPeriods.Period> periods) {
        return name.equals("agreements.json") ? Optional.of(DataExports.json(agreementsJson(site, periods))) : Optional.empty();
    }

    /** Every agreement with its signing, parties, status, relations, period in effect, provisions and events. */
    private static ArrayNode agreementsJson(LinkedSite site, List<AgreementPeriods.Period> inEffect) {
        Map<String, AgreementPeriods.Period> periods = inEffect.stream()
                .collect(Collectors.toMap(p -> p.agreement().id(), p -> p));
        ArrayNode out = DataExports.array();
        for (Agreement a : site.agreements().values()) {
            ObjectNode o = out.addObject();
            o.put("id", a.id());
            o.put("title", a.title());
            o.put("short_name", a.shortName());
            a.aliases().forEach(o.putArray("aliases")::add);
            ObjectNode signed = o.putObject("signed");
            DataExports.date(signed, a.signed());
            a.signedAt().ifPresent(p -> o.put("signed_at", p.id()));
            a.effective().ifPresent(d -> o.put("effective", d.start().toString()));
            DataExports.ids(o.putArray("parties"), a.parties());
            DataExports.ids(o.putArray("guarantors"), a.guarantors());
            o.put("status", a.status().key());
            ArrayNode relations = o.putArray("relations");
            for (AgreementRelation r : a.relations()) {
                relations.addObject().put("kind", r.kind()).put("agreement", r.agreement().id());
            }
            AgreementPeriods.Period p = periods.get(a.id());
            if (p != null) {
                ObjectNode period = o.putObject("in_effect");
                period.put("from", p.start().toString());
                if (!p.open()) period.put("to", p.end().toString());
                period.put("until", p.until());
            }
            ArrayNode provisions = o.putArray("provisions");
            for (Provision pr : a.provisions()) {
                ObjectNode n = provisions.addObject().put("id", pr.id()).put("title", pr.title())
                        .put("text_markdown", pr.text().text().strip());
                pr.deadline().ifPresent(d -> n.put("deadline", d.toString()));
                n.put("page", ItemLink.provisionPath(a.id(), pr.id()));
            }
            ArrayNode events = o.putArray("events");
            for (Event e : site.eventsFor(site.eventsByAgreement(), a.id())) {
                for (AgreementLink l : e.agreements()) {
                    if (!l.agreement().id().equals(a.id())) continue;
                    ObjectNode n = events.addObject().put("event", e.id());
                    l.provision().ifPresent(x -> n.put("provision", x.id()));
                    n.put("relation", l.relation().key());
                }
            }
            o.put("page", ContentKind.AGREEMENT.pagePath(a.id()));
        }
        return out;
    }


    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (Agreement a : site.agreements().values()) {
            String iso = Dates.iso(a.signed());
            List<String> names = new ArrayList<>(a.aliases());
            names.add(0, a.shortName());
            List<String> parties = SearchDocuments.names(a.parties(), site.actors(), Actor::name);
            String place = a.signedAt().map(r -> SearchDocuments.names(List.of(r), site.places(), Place::name))
                    .orElse(List.of()).stream().findFirst().orElse("");
            out.add(new SearchDocument("agreement", a.signed().start().getYear(), iso, ContentKind.AGREEMENT.pagePath(a.id()),
                    a.title(), names, a.title(), a.body().plain(),
                    place.isEmpty() ? List.of() : List.of(place), parties));
            for (Provision p : a.provisions()) {
                String text = p.text().plain();
                out.add(new SearchDocument("provision", a.signed().start().getYear(), iso,
                        ItemLink.provisionPath(a.id(), p.id()), p.title() + " (" + a.shortName() + ")",
                        List.of(), SearchDocuments.firstSentence(text), text, List.of(), parties));
            }
        }
    }
}
