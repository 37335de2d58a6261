package org.idlibchronicle.plan;

import org.idlibchronicle.text.Dates;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.Citation;
import org.idlibchronicle.link.ClaimSet;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.EventDate;
import org.idlibchronicle.model.Place;

/**
 * Everything one page is made from besides what every page may show (the {@link Directory}).
 * Render is a function of the model and the directory alone, so two equal models make the same
 * bytes: the dev server compares the models of two builds to know which pages to make again.
 * Models hold content records, not copies; the load cache hands back the same record for an
 * unchanged file, so most comparisons stop at an identity check.
 */
public sealed interface PageModel {
    /** What the page is, as its social card names it above the title ("Event"); empty for a page of no kind. */
    default String cardKind() {
        return "";
    }

    /** The line under the title on its social card (a date, a count); empty for none. */
    default String cardSubtitle() {
        return "";
    }

    /** The map the page shows, of the record's region ({@code maps}); none unless the page has places to show. */
    default Optional<PlaceMap> map(PlaceMaps maps) {
        return Optional.empty();
    }

    /** An agreement as lists show it: with how many events bear on it, how many violate it, and when it was in effect. */
    record AgreementSummary(Agreement agreement, int events, int violations, Optional<AgreementPeriods.Period> period) {}

    /** An actor or place as an index lists it. */
    record EntityCount(String id, String name, String kind, List<String> aliases, int events) {}

    /** A month of the chronology and how many events it has. */
    record MonthCount(YearMonth month, int events) {}

    /**
     * What the timeline strips are drawn from: every event's date, in order, and the periods
     * agreements were in effect. Dates only, so that an edit to an event's text leaves it equal.
     */
    /**
     * A timeline strip's data: the events' dates, the agreement periods to shade, and the agreements
     * whose signing it pins (every agreement for the record's own strips; for a topic, those signed
     * within its weeks, so that a six-week battle is not squeezed into the whole record's span).
     */
    record Timeline(List<EventDate> dates, List<AgreementPeriods.Period> periods, java.util.Optional<java.util.Set<String>> pinned) {
        /** A strip of the whole record: every agreement pinned. */
        Timeline(List<EventDate> dates, List<AgreementPeriods.Period> periods) {
            this(dates, periods, java.util.Optional.empty());
        }

        /** Whether the strip pins the agreement {@code id}. */
        public boolean pins(String id) {
            return pinned.map(p -> p.contains(id)).orElse(true);
        }
    }

    record EventModel(Event event, List<Event> related, Optional<Event> previous, Optional<Event> next,
                      List<ClaimSet> claims) implements PageModel {
        @Override
        public String cardKind() {
            return "Event";
        }

        @Override
        public String cardSubtitle() {
            return Dates.format(event.date());
        }

        @Override
        public Optional<PlaceMap> map(PlaceMaps maps) {
            return Optional.of(maps.locating(event));
        }
    }

    /** @param eventsByProvision the events bearing on each provision, by provision id */
    record AgreementModel(Agreement agreement, List<Event> events, Map<String, List<Event>> eventsByProvision,
                          Optional<AgreementPeriods.Period> period) implements PageModel {
        @Override
        public String cardKind() {
            return "Agreement";
        }

        @Override
        public String cardSubtitle() {
            return "Signed " + Dates.format(agreement.signed());
        }
    }

    record ActorModel(Actor actor, List<Event> events, List<AgreementSummary> agreements) implements PageModel {
        @Override
        public String cardKind() {
            return "Actor";
        }
    }

    record PlaceModel(Place place, List<Event> events) implements PageModel {
        @Override
        public String cardKind() {
            return "Place";
        }

        @Override
        public Optional<PlaceMap> map(PlaceMaps maps) {
            return maps.locating(place, events.size());
        }
    }

    /** An item and how many of a topic's events name it. */
    record Involved(String id, int events) {}

    /** A provision (empty: the agreement as a whole) and how many of a topic's events bear on it. */
    record Bearing(String provision, int events) {}

    /**
     * A topic's page: its events in date order and their dates for the density strip; the places
     * and actors its events name most, by count; the agreements its events bear on, with their
     * provisions, in signing order; and its sets of figures whose claimants disagree.
     */
    record TopicModel(org.idlibchronicle.model.Topic topic, Optional<org.idlibchronicle.model.Topic> parent,
                      List<org.idlibchronicle.model.Topic> narrower, List<Event> events, Timeline timeline,
                      List<Involved> places, List<Involved> actors, Map<String, List<Bearing>> agreements,
                      List<ClaimSet> disputed) implements PageModel {
        @Override
        public String cardKind() {
            return "Topic";
        }
    }

    record MonthModel(YearMonth month, List<Event> events, Optional<YearMonth> previous, Optional<YearMonth> next,
                      Timeline timeline) implements PageModel {
        @Override
        public String cardKind() {
            return "Chronology";
        }

        @Override
        public String cardSubtitle() {
            return events.size() + (events.size() == 1 ? " event" : " events");
        }

        @Override
        public Optional<PlaceMap> map(PlaceMaps maps) {
            return Optional.of(maps.ofEvents(events));
        }
    }

    record HomeModel(List<AgreementSummary> agreements, List<MonthCount> months, int events, int actors, int places,
                     int sources, Timeline timeline) implements PageModel {
        @Override
        public Optional<PlaceMap> map(PlaceMaps maps) {
            return Optional.of(maps.overview(false));
        }
    }

    record ChronologyModel(List<MonthCount> months, Timeline timeline) implements PageModel {}

    record AgreementsIndexModel(List<AgreementSummary> agreements) implements PageModel {}

    /** The index of one kind (actors, places), sorted by name. */
    /** @param map the site path of the map of these items, when there is one (the places') */
    record EntityIndexModel(ContentKind kind, List<EntityCount> entities, java.util.Optional<String> map) implements PageModel {
        EntityIndexModel(ContentKind kind, List<EntityCount> entities) {
            this(kind, entities, java.util.Optional.empty());
        }
    }

    /** The bibliography: for each source id, the pages that cite it. */
    /**
     * The model of a page that a kind declares with its own code ({@code kinds/}) rather than here:
     * the kind also gives its view ({@code render/KindViews}), and says what the page's social card
     * shows. A page whose model has no view fails the build before any page renders.
     */
    non-sealed interface KindModel extends PageModel {
        /** What the page is, as its social card names it above the title ("Source document"): every kind's page says. */
        @Override
        String cardKind();
    }

    record SourcesModel(Map<String, List<Citation>> citations) implements PageModel {}

    /**
     * @param disputed     the claim sets whose claimants disagree, in chronological order
     * @param claimSets    how many claim sets the record holds
     * @param charted      the claim sets of the topic {@code site.yaml} charts over time
     */
    record FiguresModel(List<ClaimSet> disputed, int claimSets, List<ClaimSet> charted) implements PageModel {}

    record AboutModel(int events, int monthOnly, int approximate, int claims, int contested, int sources,
                      List<AgreementPeriods.Period> periods, boolean hasAddress, List<String> dataFiles)
            implements PageModel {}

    /**
     * One provision in the overview of what the agreements required, with how many events the
     * record links to it by relation ({@code implements}, {@code violates}, ...).
     */
    record ProvisionRow(Agreement agreement, org.idlibchronicle.model.Provision provision,
                        Map<String, Integer> eventsByRelation) {}

    /** Every provision of every agreement, agreements in signing order; presented by its template as it is. */
    record ProvisionsModel(List<ProvisionRow> provisions) implements PageModel {}

    /**
     * The page at an item's former address ({@code former_ids}), leading to its current page.
     *
     * @param target    the current page, relative to the redirect page
     * @param canonical the current page's permanent address, or {@code target} when the site has none
     * @param kindLabel what the item is, in words ("actor")
     */
    record RedirectModel(String target, String canonical, String kindLabel) implements PageModel {}

    /** A page whose template needs nothing but the directory (search, not found). */
    record FixedModel() implements PageModel {}
}
