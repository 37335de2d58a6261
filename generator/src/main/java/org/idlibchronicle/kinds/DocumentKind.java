package org.idlibchronicle.kinds;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.plan.PlannedPage;
import org.idlibchronicle.plan.Planning;
import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.Passages.Passage;
import org.idlibchronicle.model.SourceDocument;
import org.idlibchronicle.render.DocumentPage;
import org.idlibchronicle.render.ViewTable;
import org.idlibchronicle.text.Dates;

/** The documents the record is read in: bound by field names; a page each with every passage quoted; found by search. */
final class DocumentKind extends KindClass {
    DocumentKind() {
        super(ContentKind.DOCUMENT);
    }

    /** A page each; no index of their own (the bibliography lists them). */
    @Override
    public void addPages(Planning planning, List<PlannedPage> out) {
        for (SourceDocument d : planning.site().content().documents()) {
            out.add(planning.item(ContentKind.DOCUMENT, d, "document", "sources", d.title(),
                    "The document “" + d.title() + "” (" + d.publisher() + ") and every passage of it the record quotes.",
                    new DocumentModel(d, planning.site().passages().of(d.id()))));
        }
    }

    /**
     * A document's page: the document, with the passages the record quotes from it (in the order of
     * its text). Declared here, with its view, rather than among the renderer's own models: a kind
     * that needs a page of its own brings it.
     */
    record DocumentModel(SourceDocument document, List<Passage> passages) implements PageModel.KindModel {
        @Override
        public String cardKind() {
            return "Source document";
        }

        @Override
        public String cardSubtitle() {
            return document.publisher() + document.date().map(d -> ", " + Dates.partial(d)).orElse("");
        }
    }

    @Override
    public void addViews(ViewTable views) {
        views.put(DocumentModel.class, (m, v, dir) -> Map.of("document", DocumentPage.build(m.document(), m.passages(), v)));
    }

    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (SourceDocument d : site.content().documents()) {
            String date = d.date().orElse("");
            int year = date.length() >= 4 ? Integer.parseInt(date.substring(0, 4)) : 0;
            String summary = String.join(" · ", SearchDocuments.nonEmpty(Optional.of(d.publisher()), d.author(), d.date()));
            out.add(new SearchDocument("document", year, date.length() >= 7 ? date : "",
                    ContentKind.DOCUMENT.pagePath(d.id()), d.title(), List.of(), summary, d.note(), List.of(), List.of()));
        }
    }
}
