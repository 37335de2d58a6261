package org.idlibchronicle.plan;

import java.util.List;

/**
 * Every page the site will have, planned before anything renders, with what all pages may show
 * and the facts derived once for pages, exports and search alike.
 *
 * @param pages     every page, in plan order (fixed pages, then items by kind, then months)
 * @param directory what any page may show
 * @param periods   when each agreement was in effect
 * @param manifest  every file the site will have: the pages, and the files beside them
 * @param searchDocuments what search finds, as the kinds planned it, in (type, year, url) order
 */
public record SitePlan(List<PlannedPage> pages, Directory directory, List<AgreementPeriods.Period> periods,
                       Manifest manifest, List<SearchDocument> searchDocuments) {}
