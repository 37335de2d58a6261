package org.idlibchronicle.render;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.idlibchronicle.cite.PageCitation;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.history.ContentHistory;
import org.idlibchronicle.plan.PageProvenance;
import org.idlibchronicle.text.Dates;

/**
 * What {@code templates/provenance.peb} shows under an item's page: when its file last changed,
 * the commits that changed it, and how to cite the page. Dates are days in UTC, so that a page
 * says the same wherever it is built.
 *
 * @param file        the content file the page is made from
 * @param lastChanged when it last changed ("3 March 2026"), empty when git does not tell
 * @param lastChangedIso the same day as ISO 8601, for {@code <time datetime>}
 * @param history     the commits, newest first
 * @param cite        the page as a reference
 * @param edit        where a contributor edits the file in the repository's web view; empty without
 *                    a repository in {@code site.yaml}
 * @param repositoryHost the repository's host ("github.com"), as the edit link names it
 */
public record ProvenanceView(String file, String lastChanged, String lastChangedIso, List<Entry> history,
                             PageCitation cite, String edit, String repositoryHost) {

    /** One commit: its day, its note for readers (may be empty), abbreviated hash and, with a repository address, its link. */
    public record Entry(String date, String dateIso, String note, String shortHash, String href) {}

    static ProvenanceView of(PageProvenance p, SiteConfig site) {
        List<Entry> history = p.changes().stream().map(c -> {
            LocalDate day = day(c);
            return new Entry(Dates.day(day), day.toString(), c.note(), c.shortHash(),
                    site.commitAddress(c.hash()).orElse(""));
        }).toList();
        return new ProvenanceView(p.file(), history.isEmpty() ? "" : history.get(0).date(),
                history.isEmpty() ? "" : history.get(0).dateIso(), history, p.citation(),
                site.editAddress(p.file()).orElse(""),
                site.repository().map(r -> java.net.URI.create(r).getHost()).orElse(""));
    }

    private static LocalDate day(ContentHistory.Change c) {
        return LocalDate.ofInstant(c.time(), ZoneOffset.UTC);
    }
}
