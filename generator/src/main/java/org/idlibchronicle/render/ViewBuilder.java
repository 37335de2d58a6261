package org.idlibchronicle.render;

import org.idlibchronicle.model.SourceDocument;
import org.idlibchronicle.text.Dates;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.kind.ItemLink;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.idlibchronicle.link.ClaimSet;
import org.idlibchronicle.plan.Directory;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.AgreementLink;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.render.Views.Badge;
import org.idlibchronicle.render.Views.Citation;
import org.idlibchronicle.render.Views.ClaimRow;
import org.idlibchronicle.render.Views.ClaimTable;
import org.idlibchronicle.render.Views.ComplianceRow;
import org.idlibchronicle.render.Views.EventItem;
import org.idlibchronicle.render.Views.Link;
import org.idlibchronicle.render.Views.Note;
import org.idlibchronicle.render.Views.ReadIn;

/**
 * Shared pieces of views for one page: links relative to it, event summaries, notes, citations.
 * A kind's own view ({@link KindViews}) is handed one for the page it makes.
 */
public final class ViewBuilder {
    private final Directory site;
    private final String page;

    ViewBuilder(Directory site, String page) {
        this.site = site;
        this.page = page;
    }

    /** The path of the page the views are for. */
    public String page() {
        return page;
    }

    /** A link from this page to {@code target}, a path from the site root. */
    public String href(String target) {
        return PagePaths.relative(page, target);
    }

    Link event(Event e) {
        return new Link(e.title(), href(ContentKind.EVENT.pagePath(e.id())));
    }

    Link actor(Ref r) {
        Actor a = site.actors().get(r.id());
        return new Link(a.shortName().isEmpty() ? a.name() : a.shortName(), href(ContentKind.ACTOR.pagePath(a.id())));
    }

    Link place(Ref r) {
        return new Link(site.places().get(r.id()).name(), href(ContentKind.PLACE.pagePath(r.id())));
    }

    Link agreement(Ref r) {
        return new Link(site.agreements().get(r.id()).shortName(), href(ContentKind.AGREEMENT.pagePath(r.id())));
    }

    Badge badge(AgreementLink l) {
        Agreement a = site.agreements().get(l.agreement().id());
        String target = l.provision().map(p -> ItemLink.provisionPath(a.id(), p.id()))
                .orElse(ContentKind.AGREEMENT.pagePath(a.id()));
        return new Badge(a.shortName(), href(target), l.relation().label(), l.relation().key(), provisionTitle(l),
                l.note());
    }

    /** The title of the provision a link concerns, empty when it concerns the agreement as a whole. */
    private String provisionTitle(AgreementLink l) {
        Agreement a = site.agreements().get(l.agreement().id());
        return l.provision()
                .flatMap(p -> a.provisions().stream().filter(x -> x.id().equals(p.id())).findFirst())
                .map(p -> p.title()).orElse("");
    }

    EventItem item(Event e) {
        return new EventItem(e.title(), href(ContentKind.EVENT.pagePath(e.id())), Dates.format(e.date()), Dates.iso(e.date()),
                e.summary(), e.places().stream().map(this::place).toList(),
                e.actors().stream().map(this::actor).toList(),
                e.agreements().stream().map(this::badge).toList());
    }

    List<EventItem> items(List<Event> events) {
        return events.stream().map(this::item).toList();
    }

    ComplianceRow compliance(Event e, AgreementLink l) {
        return new ComplianceRow(Dates.format(e.date()), event(e), l.relation().label(), l.relation().key(), l.note(),
                provisionTitle(l));
    }

    /** Claims tables; each claim's source becomes a numbered note of the page. */
    List<ClaimTable> claims(List<ClaimSet> sets, PageNotes notes) {
        List<ClaimTable> tables = new ArrayList<>();
        for (ClaimSet set : sets) {
            List<ClaimRow> rows = new ArrayList<>();
            for (Claim c : set.claims()) {
                PageNotes.Note n = notes.reference(c.source().id(), c.quote());
                List<String> anchors = n.refAnchors();
                rows.add(new ClaimRow(actor(c.claimant()), figure(c), c.unit(), c.of(), c.asOf().orElse(""),
                        sourceLabel(site.sources().get(c.source().id())), n.number(), anchors.get(anchors.size() - 1), c.note()));
            }
            tables.add(new ClaimTable(set.name().title(), set.name().unitNote(), set.contested(),
                    set.disputed() ? href(PagePaths.FIGURES) + "#" + FiguresPage.anchor(set) : "", rows));
        }
        return tables;
    }

    Link topic(Ref r) {
        return new Link(site.topics().get(r.id()).title(), href(ContentKind.TOPIC.pagePath(r.id())));
    }

    /** A source as a figure's row names it: its outlet and, where known, its date ("SOHR, 28 February 2020"). */
    static String sourceLabel(org.idlibchronicle.model.Source s) {
        return s.outlet() + s.date().map(d -> ", " + Dates.partial(d)).orElse("");
    }

    static String figure(Claim c) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
        String value = c.isRange() ? f.format(c.min()) + "–" + f.format(c.max()) : f.format(c.min());
        return c.qualifier().isEmpty() ? value : c.qualifier() + " " + value;
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** The page's notes with their citations; call after everything on the page is rendered. */
    List<Note> notes(PageNotes notes) {
        return notes.notes().stream()
                .map(n -> new Note(n.number(), n.anchor(), n.refAnchors(),
                        citation(site.sources().get(n.label())), n.definitionHtml(), passages(n)))
                .toList();
    }

    /** A note's passages, each linked into its document: here, and at its address when it has one. */
    private List<Views.PassageView> passages(PageNotes.Note n) {
        Optional<SourceDocument> doc = site.passages().documentOf(n.label());
        List<Views.PassageView> out = new ArrayList<>();
        int before = 0;
        for (PageNotes.Passage p : n.passages()) {
            int usesBefore = before;
            before += p.refAnchors().size();
            if (p.quote().isEmpty()) {
                out.add(new Views.PassageView("", "", "", "", "", "", "", p.refAnchors(), usesBefore));
                continue;
            }
            var q = p.quote().get();
            var passage = site.passages().find(n.label(), q.text());
            String docHref = doc.map(d -> href(ContentKind.DOCUMENT.pagePath(d.id()))
                    + passage.map(x -> "#" + x.anchor()).orElse("")).orElse("");
            String fragment = doc.flatMap(SourceDocument::url)
                    .flatMap(u -> passage.filter(x -> !x.textFragment().isEmpty()).map(x -> u + "#" + x.textFragment()))
                    .orElse("");
            String label = doc.flatMap(SourceDocument::text).isPresent() ? "in the archived copy"
                    : "with its other quoted passages";
            String host = doc.flatMap(SourceDocument::url).map(u -> java.net.URI.create(u).getHost()).orElse("");
            out.add(new Views.PassageView(q.text(), q.note(), doc.map(SourceDocument::title).orElse(""), docHref,
                    fragment, host, label, p.refAnchors(), usesBefore));
        }
        return out;
    }

    Citation citation(Source s) {
        if (s == null) return null;
        ReadIn via = s.via().map(v -> site.sources().get(v.id()))
                .map(v -> new ReadIn(v.outlet(), v.title().orElse(""), v.url().orElse(""),
                        href(ContentKind.SOURCE.pagePath(v.id())), documentHref(v)))
                .orElse(null);
        return new Citation(s.outlet(), s.title().orElse(""), s.author().orElse(""),
                s.date().map(Dates::partial).orElse(""), s.dateNote().orElse(""), s.url().orElse(""), s.kind().replace('-', ' '),
                via, href(ContentKind.SOURCE.pagePath(s.id())), documentHref(s));
    }


    /** The page of the document a source is (its {@code document:}), empty for a source that is not one. */
    private String documentHref(Source s) {
        return s.document().map(d -> href(ContentKind.DOCUMENT.pagePath(d.id()))).orElse("");
    }

    Optional<Link> optionalEvent(Optional<Event> e) {
        return e.map(this::event);
    }
}
