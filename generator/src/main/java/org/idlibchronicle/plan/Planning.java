package org.idlibchronicle.plan;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.idlibchronicle.cite.CiteThisPage;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.geo.Region;
import org.idlibchronicle.history.ContentHistory;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.plan.PageModel.AgreementSummary;
import org.idlibchronicle.plan.PageModel.EntityCount;
import org.idlibchronicle.plan.PageModel.EntityIndexModel;
import org.idlibchronicle.plan.PageModel.MonthCount;
import org.idlibchronicle.plan.PageModel.Timeline;

/**
 * What a kind may read while it plans its pages ({@link KindPages}): the linked record, the facts
 * derived once for the whole site (agreement periods and summaries, the timeline, the months), and
 * how a page of an item is made, with its provenance.
 *
 * @param region    the record's region, when it has one (its pages then have maps)
 * @param periods   when each agreement was in effect
 * @param summaries each agreement as lists show it, by id
 * @param bySigning those summaries in the order the agreements were signed
 * @param months    the chronology's months with their counts of events
 * @param timeline  the strip of the whole chronology that index pages draw
 */
public record Planning(LinkedSite site, SiteConfig config, Optional<Region> region, ContentHistory history,
                       CiteThisPage cite, List<AgreementPeriods.Period> periods, Map<String, AgreementSummary> summaries,
                       List<AgreementSummary> bySigning, List<MonthCount> months, Timeline timeline) {

    /** A page of no item: an index, an overview, a fixed page. */
    public static PlannedPage page(String path, String template, String kind, String section, String title,
                                   String description, PageModel model) {
        return new PlannedPage(OutputPath.of(path), template, kind, section, title, description, Optional.empty(), model);
    }

    /**
     * The page of {@code item} of {@code kind}, at the kind's address, with its file's history and how
     * to cite it; {@code section} is the navigation entry it belongs to.
     */
    public PlannedPage item(ContentKind kind, Item item, String template, String section, String title,
                            String description, PageModel model) {
        String path = kind.pagePath(item.id());
        SourcePosition origin = item.origin();
        PageProvenance provenance = new PageProvenance(origin.path(), history.changes(Path.of(origin.path())),
                cite.of(kind.key() + "-" + item.id(), title, path));
        return new PlannedPage(OutputPath.of(path), template, kind.key(), section, title, description,
                Optional.of(origin), model, Optional.of(provenance), Optional.empty(), Optional.empty());
    }

    /** An index of one kind: sorted by name, whatever its case; the item's sort ("armed-group") in words. */
    public static EntityIndexModel entityIndex(ContentKind kind, List<EntityCount> entities) {
        return new EntityIndexModel(kind, entities.stream()
                .sorted(Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT)))
                .map(e -> new EntityCount(e.id(), e.name(), e.kind().replace('-', ' '), e.aliases(), e.events()))
                .toList(), Optional.empty());
    }

    /** The first sentence of a description, as the page's meta description. */
    public static String firstSentence(Markdown md) {
        // The reading text parsed at load: link texts kept, footnotes and markup dropped.
        String text = md.plain();
        int dot = text.indexOf(". ");
        return dot > 0 ? text.substring(0, dot + 1) : text;
    }
}
