package org.idlibchronicle.plan;

import java.util.List;
import org.idlibchronicle.cite.PageCitation;
import org.idlibchronicle.history.ContentHistory;

/**
 * Where an item's page comes from and how to cite it: its content file, the commits that changed
 * that file (newest first; empty outside git or before the file's first commit), and the page as a
 * reference. Part of the planned page, so that the page is made again when any of it changes.
 *
 * @param file     the content file, relative to the checkout's root
 * @param changes  the commits that changed it, newest first
 * @param citation the page as a reference in four formats
 */
public record PageProvenance(String file, List<ContentHistory.Change> changes, PageCitation citation) {}
