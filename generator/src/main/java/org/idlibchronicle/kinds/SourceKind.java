package org.idlibchronicle.kinds;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.plan.PageModel;
import org.idlibchronicle.plan.PlannedPage;
import org.idlibchronicle.plan.Planning;
import org.idlibchronicle.load.Fields;
import org.idlibchronicle.load.ItemFile;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Source;

/**
 * Sources: entries of the bibliography (one page for all, each reached by its anchor), each found by
 * search with what it supports.
 */
final class SourceKind extends KindClass {
    SourceKind() {
        super(ContentKind.SOURCE);
    }

    /** One page for all sources, the bibliography; no page each. */
    @Override
    public Item read(ItemFile file) {
        Fields f = file.fields();
        String date = f.text("/date");
        if (date.length() >= 7 && f.date("/date", false) == null) {
            return null;
        }
        if (date.length() == 4 && (Integer.parseInt(date) < Fields.FIRST_YEAR || Integer.parseInt(date) > Fields.LAST_YEAR)) {
            file.problems().error(f.at("/date"), "'" + date + "' is outside the years a record's dates may take ("
                    + Fields.FIRST_YEAR + " to " + Fields.LAST_YEAR + "): check the year for a missing or swapped digit");
            return null;
        }
        Optional<String> url = f.optAddress("/url");
        if (f.failed()) return null;
        return new Source(file.id(), f.at(""), f.text("/outlet"), f.text("/kind"), f.optText("/date"), f.optText("/date_note"),
                f.optText("/author"), f.optText("/title"), url, f.optRef("/via"), f.optRef("/document"),
                f.text("/note"));
    }

    @Override
    public void addPages(Planning planning, List<PlannedPage> out) {
        out.add(Planning.page(ContentKind.SOURCE.nav().path(), "sources", "index", "sources", "Sources",
                "The bibliography: every source the record cites, and where.",
                new PageModel.SourcesModel(planning.site().citationsBySource())));
    }

    @Override
    public void addDocuments(LinkedSite site, List<SearchDocument> out) {
        for (Source s : site.sources().values()) {
            String date = s.date().orElse("");
            int year = date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                    ? Integer.parseInt(date.substring(0, 4)) : 0;
            String title = s.title().map(t -> s.outlet() + ": " + t).orElse(s.outlet());
            String summary = String.join(" · ", SearchDocuments.nonEmpty(s.author(), Optional.of(s.outlet()), s.date()));
            out.add(new SearchDocument("source", year, date.length() >= 7 ? date : "", ContentKind.SOURCE.pagePath(s.id()), title,
                    List.of(), summary, s.note(), List.of(), List.of(),
                    SearchDocuments.supports(summary, site.citationsBySource().getOrDefault(s.id(), List.of()))));
        }
    }
}
