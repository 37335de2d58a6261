package org.idlibchronicle.kinds;

import org.idlibchronicle.render.export.DataExports;
import org.idlibchronicle.plan.AgreementPeriods;
import java.util.Optional;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import org.idlibchronicle.plan.PageModel.EntityCount;
import org.idlibchronicle.plan.PageModel.EntityIndexModel;
import org.idlibchronicle.plan.PlannedPage;
import org.idlibchronicle.plan.Planning;
import org.idlibchronicle.plan.TopicPages;
import java.util.ArrayList;
import java.util.Map;
import org.idlibchronicle.load.Fields;
import org.idlibchronicle.load.ItemFile;
import org.idlibchronicle.model.ClaimSetName;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Topic;

/** Topics, the reader's index: read with their claim-set names; a page each with its timeline, and their index. */
final class TopicKind extends KindClass {
    TopicKind() {
        super(ContentKind.TOPIC);
    }

    @Override
    public Item read(ItemFile file) {
        Fields f = file.fields();
        List<ClaimSetName> names = new ArrayList<>();
        for (int i = 0; i < f.size("/claim_sets"); i++) {
            String p = "/claim_sets/" + i;
            names.add(new ClaimSetName(f.text(p + "/id"), f.text(p + "/title"), f.text(p + "/unit_note"),
                    f.flag(p + "/chart"), f.at(p + "/id")));
        }
        if (f.failed()) return null;
        // The rest (title, aliases, parent, description) is bound by name.
        return file.bind(Topic.class, Map.of("claimSets", List.copyOf(names)));
    }

    @Override
    public void addPages(Planning planning, List<PlannedPage> out) {
        LinkedSite site = planning.site();
        // The topics by title; a narrower topic says which one it is part of.
        out.add(Planning.page(ContentKind.TOPIC.nav().path(), "entities", "index", "topics", "Topics",
                "The reader's index: what the events are about, each topic with its events, places, actors and figures.",
                new EntityIndexModel(ContentKind.TOPIC, site.topics().values().stream()
                        .sorted(Comparator.comparing(t -> t.title().toLowerCase(Locale.ROOT)))
                        .map(t -> new EntityCount(t.id(), t.title(),
                                t.parent().map(p -> "part of " + site.topics().get(p.id()).title()).orElse("topic"), t.aliases(),
                                site.eventsReferring(ContentKind.TOPIC, t.id()).size()))
                        .toList(), java.util.Optional.empty())));
        for (Topic t : site.topics().values()) {
            out.add(planning.item(ContentKind.TOPIC, t, "topic", "topics", t.title(), Planning.firstSentence(t.description()),
                    TopicPages.model(site, t, planning.periods())));
        }
    }

    @Override
    public List<String> dataFiles() {
        return List.of("topics.json");
    }

    @Override
    public Optional<String> dataFile(String name, LinkedSite site, List<AgreementPeriods.Period> periods) {
        return name.equals("topics.json") ? Optional.of(DataExports.json(topicsJson(site))) : Optional.empty();
    }

    /** Each topic with its parent, aliases, description, events (ids, in date order) and the claim sets it names. */
    private static ArrayNode topicsJson(LinkedSite site) {
        ArrayNode out = DataExports.array();
        for (Topic t : site.topics().values()) {
            ObjectNode o = out.addObject();
            o.put("id", t.id());
            o.put("title", t.title());
            t.parent().ifPresent(p -> o.put("parent", p.id()));
            t.aliases().forEach(o.putArray("aliases")::add);
            o.put("description_markdown", t.description().text().strip());
            ArrayNode events = o.putArray("events");
            site.eventsReferring(ContentKind.TOPIC, t.id()).forEach(e -> events.add(e.id()));
            ArrayNode sets = o.putArray("claim_sets");
            for (ClaimSetName n : t.claimSets()) {
                ObjectNode s = sets.addObject().put("id", n.id()).put("title", n.title());
                if (!n.unitNote().isEmpty()) s.put("unit_note", n.unitNote());
                if (n.chart()) s.put("chart", true);
            }
            o.put("page", ContentKind.TOPIC.pagePath(t.id()));
        }
        return out;
    }


    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (Topic t : site.topics().values()) {
            out.add(SearchDocuments.undatedItem(ContentKind.TOPIC, t, t.aliases(), t.description(), List.of()));
        }
    }
}
