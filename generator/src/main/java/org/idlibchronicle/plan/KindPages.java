package org.idlibchronicle.plan;

import java.util.List;

/**
 * What one kind of content adds to the plan: its index page if it has one, a page for each item,
 * any page its items make together (the chronology's months, the agreements' provisions), and the
 * search documents of its items. Implemented once per kind ({@code kinds/}); {@link Planner} loops
 * over the kinds it is handed, and the index stage reads the documents from the plan.
 */
public interface KindPages {
    /** Adds this kind's pages to {@code out}, made with what {@code planning} knows of the whole record. */
    void addPages(Planning planning, List<PlannedPage> out);

    /** Adds the search documents of this kind's items in {@code site} to {@code out}, in any order. */
    void addDocuments(org.idlibchronicle.link.LinkedSite site, List<SearchDocument> out);

    /**
     * The data files its items are published as, by name under {@code data/} ({@code events.json}),
     * planned in the manifest and made by the kind at the export stage; none by default.
     */
    default List<String> dataFiles() {
        return List.of();
    }
}
