package org.idlibchronicle.index;

import java.util.List;
import org.idlibchronicle.link.LinkedSite;

/**
 * What one kind of content gives the search index: a document for each of its items, and for what
 * the kind makes of them (the chronology's months for events, each provision for agreements).
 * Implemented once per kind, beside the kind's other stages ({@code kinds/}); {@link SearchDocuments}
 * loops over the kinds it is handed and knows none of them.
 */
public interface KindDocuments {
    /** Adds the search documents of this kind's items in {@code site} to {@code out}, in any order. */
    void addDocuments(LinkedSite site, List<SearchDocument> out);
}
