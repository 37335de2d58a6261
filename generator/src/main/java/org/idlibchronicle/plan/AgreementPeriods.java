package org.idlibchronicle.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.AgreementLink;
import org.idlibchronicle.model.AgreementStatus;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Relation;
import org.idlibchronicle.text.Dates;

/**
 * When each agreement was in effect, derived from the content only (agreements have no "ended"
 * field, and we do not add dates the sources do not give):
 * <ul>
 *   <li>it starts on its {@code effective} day, or on the day (month) it was signed;</li>
 *   <li>it ends with the first linked event whose relation is {@code ends};</li>
 *   <li>failing that, a collapsed agreement ends with its first recorded violation
 *       ({@code violates}, not an alleged one), and a superseded one when its successor starts;</li>
 *   <li>an agreement still in force, or whose end the record does not show, runs to the last
 *       event of the record and is marked open.</li>
 * </ul>
 * Agreements only reported ({@code reported-only}) are not shown as periods. A derived fact of the
 * plan: the pages, the timeline pictures and the about page all read this one list.
 */
public final class AgreementPeriods {
    private AgreementPeriods() {}

    /** One agreement's period; {@code end} is inclusive, {@code until} says how the end was found. */
    public record Period(Agreement agreement, LocalDate start, LocalDate end, String until, boolean open) {
        /** "17 September 2018 to 31 January 2019 (first recorded violation)", or "from 6 March 2020 (in force ...)". */
        public String describe() {
            return open ? "from " + Dates.day(start) + " (" + until + ")"
                    : Dates.day(start) + " to " + Dates.day(end) + " (" + until + ")";
        }
    }

    public static List<Period> of(LinkedSite site) {
        List<Event> all = site.chronology().events();
        LocalDate lastDay = all.isEmpty() ? LocalDate.MIN : all.get(all.size() - 1).date().end();
        List<Period> periods = new ArrayList<>();
        for (Agreement a : site.agreements().values()) {
            if (a.status() == AgreementStatus.REPORTED_ONLY) continue;
            LocalDate start = a.effective().orElse(a.signed()).start();
            List<Event> linked = site.eventsFor(site.eventsByAgreement(), a.id());
            Optional<Event> ended = first(linked, a, Relation.ENDS, start);
            if (ended.isPresent()) {
                periods.add(new Period(a, start, ended.get().date().end(), "ended", false));
                continue;
            }
            if (a.status() == AgreementStatus.COLLAPSED) {
                Optional<Event> violated = first(linked, a, Relation.VIOLATES, start);
                if (violated.isPresent()) {
                    periods.add(new Period(a, start, violated.get().date().end(), "first recorded violation", false));
                    continue;
                }
            }
            if (a.status() == AgreementStatus.SUPERSEDED) {
                Optional<LocalDate> successor = site.agreements().values().stream()
                        .filter(b -> b.relations().stream().anyMatch(r -> r.kind().equals("supersedes")
                                && r.agreement().id().equals(a.id())))
                        .map(b -> b.effective().orElse(b.signed()).start())
                        .min(Comparator.naturalOrder());
                if (successor.isPresent()) {
                    periods.add(new Period(a, start, successor.get(), "superseded", false));
                    continue;
                }
            }
            periods.add(new Period(a, start, lastDay.isBefore(start) ? start : lastDay,
                    a.status() == AgreementStatus.IN_FORCE ? "in force at the end of the record" : "end not recorded",
                    true));
        }
        periods.sort(Comparator.comparing(Period::start).thenComparing(p -> p.agreement().id()));
        return List.copyOf(periods);
    }


    private static Optional<Event> first(List<Event> linked, Agreement a, Relation relation, LocalDate notBefore) {
        return linked.stream()
                .filter(e -> !e.date().end().isBefore(notBefore))
                .filter(e -> e.agreements().stream().anyMatch(l -> is(l, a, relation)))
                .findFirst();
    }

    private static boolean is(AgreementLink l, Agreement a, Relation relation) {
        return l.agreement().id().equals(a.id()) && l.relation() == relation;
    }
}
