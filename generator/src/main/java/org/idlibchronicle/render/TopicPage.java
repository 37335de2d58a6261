package org.idlibchronicle.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.idlibchronicle.kind.ItemLink;
import org.idlibchronicle.link.ClaimSet;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.model.Topic;
import org.idlibchronicle.plan.Directory;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.plan.PageModel.Bearing;
import org.idlibchronicle.plan.PageModel.Involved;
import org.idlibchronicle.render.Views.EventItem;
import org.idlibchronicle.render.Views.Link;
import org.idlibchronicle.render.svg.TimelineStrip;
import org.idlibchronicle.text.Dates;

/**
 * A topic's page: what it covers, its events month by month under a strip of their density over
 * time, the places and actors they name most, the agreements and provisions they bear on, and the
 * figures on the topic whose claimants disagree.
 */
final class TopicPage {
    /** An item with how many of the topic's events name it (or bear on it). */
    public record Counted(String label, String href, int events) {}

    /** An agreement the topic's events bear on: as a whole, and provision by provision. */
    public record AgreementBearing(Link agreement, int asAWhole, List<Counted> provisions) {}

    /** A month of the topic's events. */
    public record MonthGroup(String label, String href, String iso, List<EventItem> events) {}

    /** A set of figures on the topic whose claimants disagree, leading to it on the contested-figures page. */
    public record DisputedSet(String title, String href, Link event, String date, String dateIso) {}

    public record View(String title, List<String> aliases, Link parent, List<Link> narrower, String descriptionHtml,
                       int eventCount, List<MonthGroup> months, TimelineStrip.Strip strip, List<Counted> places,
                       List<Counted> actors, List<AgreementBearing> agreements, List<DisputedSet> disputed,
                       List<Views.Note> notes) {}

    private TopicPage() {}

    static View build(PageModel.TopicModel m, ViewBuilder v, Directory dir) {
        Topic t = m.topic();
        PageNotes notes = new PageNotes();
        String description = MarkdownRenderer.render(t.description(), v.page(), notes);
        TreeMap<YearMonth, List<Event>> byMonth = new TreeMap<>();
        m.events().forEach(e -> byMonth.computeIfAbsent(YearMonth.from(e.date().start()), k -> new ArrayList<>()).add(e));
        List<MonthGroup> months = byMonth.entrySet().stream()
                .map(e -> new MonthGroup(Dates.month(e.getKey()), v.href(PagePaths.month(e.getKey())), e.getKey().toString(),
                        v.items(e.getValue())))
                .toList();
        TimelineStrip.Strip strip = TimelineStrip.draw(m.timeline().dates(),
                SiteRenderer.pinned(m.timeline(), dir),
                m.timeline().periods(), v.page(), null);
        List<Counted> places = m.places().stream()
                .map(i -> counted(v.place(ref(i)), i)).toList();
        List<Counted> actors = m.actors().stream()
                .map(i -> counted(v.actor(ref(i)), i)).toList();
        List<AgreementBearing> agreements = new ArrayList<>();
        for (Map.Entry<String, List<Bearing>> e : m.agreements().entrySet()) {
            Agreement a = dir.agreements().get(e.getKey());
            int whole = 0;
            List<Counted> provisions = new ArrayList<>();
            for (Bearing b : e.getValue()) {
                if (b.provision().isEmpty()) {
                    whole = b.events();
                    continue;
                }
                String title = a.provisions().stream().filter(p -> p.id().equals(b.provision())).findFirst()
                        .map(p -> p.title()).orElseThrow();
                provisions.add(new Counted(title, v.href(ItemLink.provisionPath(a.id(), b.provision())), b.events()));
            }
            agreements.add(new AgreementBearing(v.agreement(new Ref(a.id(), a.origin())), whole, List.copyOf(provisions)));
        }
        List<DisputedSet> disputed = m.disputed().stream().map(s -> disputed(s, v)).toList();
        return new View(t.title(), t.aliases(),
                m.parent().map(p -> topic(p, v)).orElse(null), m.narrower().stream().map(n -> topic(n, v)).toList(),
                description, m.events().size(), months, strip, places, actors, List.copyOf(agreements), disputed,
                v.notes(notes));
    }

    private static Ref ref(Involved i) {
        return new Ref(i.id(), null);
    }

    private static Counted counted(Link l, Involved i) {
        return new Counted(l.label(), l.href(), i.events());
    }

    private static Link topic(Topic t, ViewBuilder v) {
        return v.topic(new Ref(t.id(), t.origin()));
    }

    private static DisputedSet disputed(ClaimSet s, ViewBuilder v) {
        return new DisputedSet(s.name().title(), v.href(PagePaths.FIGURES) + "#" + FiguresPage.anchor(s), v.event(s.event()),
                Dates.format(s.event().date()), Dates.iso(s.event().date()));
    }
}
