package org.idlibchronicle.plan;

import java.util.List;

/**
 * What one kind of content adds to the plan: its index page if it has one, a page for each item,
 * and any page its items make together (the chronology's months, the agreements' provisions).
 * Implemented once per kind ({@code kinds/}); {@link Planner} loops over the kinds it is handed.
 */
public interface KindPages {
    /** Adds this kind's pages to {@code out}, made with what {@code planning} knows of the whole record. */
    void addPages(Planning planning, List<PlannedPage> out);
}
