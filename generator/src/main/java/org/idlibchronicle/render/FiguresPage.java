package org.idlibchronicle.render;

import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.text.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idlibchronicle.link.ClaimSet;
import org.idlibchronicle.plan.Directory;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.render.Views.Link;
import org.idlibchronicle.render.svg.DisplacementChart;

/**
 * The "Contested figures" page: every claim set whose claimants disagree, side by side, with the
 * units exactly as reported and the source of each figure; above them, the chart of displacement
 * figures over time.
 */
final class FiguresPage {
    /** One claimant's figure. */
    public record FigureRow(Link claimant, String figure, String unit, String of, String asOf, Link source,
                            String comment) {}

    /** The figures of one event on one topic. */
    public record FigureSet(String anchor, String title, String unitNote, Link event, String date, String dateIso,
                            List<FigureRow> rows) {}

    /** {@code displacement} is null when the record holds no displacement figures. */
    public record View(List<FigureSet> contested, int claimSets, DisplacementChart.Chart displacement) {}

    private FiguresPage() {}


    /** The anchor of a claim set on this page: the event's id and the topic, both permanent ids. */
    static String anchor(ClaimSet set) {
        return set.event().id() + "--" + set.topic();
    }

    static View build(PageModel.FiguresModel m, ViewBuilder v, Directory dir) {
        List<FigureSet> sets = new ArrayList<>();
        for (ClaimSet set : m.disputed()) {
            List<FigureRow> rows = new ArrayList<>();
            for (Claim c : set.claims()) {
                Source s = dir.sources().get(c.source().id());
                String label = ViewBuilder.sourceLabel(s);
                rows.add(new FigureRow(v.actor(c.claimant()), ViewBuilder.figure(c), c.unit(), c.of(),
                        c.asOf().map(Dates::partial).orElse(""),
                        new Link(label, v.href(ContentKind.SOURCE.pagePath(s.id()))), c.note()));
            }
            sets.add(new FigureSet(anchor(set), set.name().title(), set.name().unitNote(),
                    v.event(set.event()), Dates.format(set.event().date()), Dates.iso(set.event().date()),
                    List.copyOf(rows)));
        }
        Optional<DisplacementChart.Chart> chart = DisplacementChart.draw(m.charted(), dir.actors(), v.page());
        return new View(List.copyOf(sets), m.claimSets(), chart.orElse(null));
    }
}
