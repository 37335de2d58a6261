package org.idlibchronicle.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What a successful build produced and how long each stage took. */
public record BuildSummary(Map<String, Integer> pagesByKind, int searchDocuments, int filesWritten,
                           int warnings, Map<String, Long> stageMillis, long totalMillis, Locations locations,
                           int citations, int quotesFound, int flattened) {

    /** How many places the maps draw, and the ids of those they cannot (no location yet), sorted. */
    public record Locations(int located, List<String> unlocated) {
        public static Locations of(java.util.Collection<org.idlibchronicle.model.Place> places) {
            return new Locations((int) places.stream().filter(p -> p.location().isPresent()).count(),
                    places.stream().filter(p -> p.location().isEmpty()).map(org.idlibchronicle.model.Place::id)
                            .sorted().toList());
        }
    }

    /** A few lines for the terminal. */
    public String format() {
        String pages = pagesByKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        // Index runs alongside render, so stages may finish out of order: print them in pipeline order.
        List<String> order = List.of("history", "load", "check", "link", "plan", "render", "cards", "export", "index", "assets", "write");
        String stages = stageMillis.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> order.indexOf(e.getKey())))
                .map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", "));
        int total = pagesByKind.values().stream().mapToInt(Integer::intValue).sum();
        return String.format(Locale.ROOT, "Built %d pages (%s)%n%d search documents, %d files written, %s%n"
                + "Quotes: %d of %d citations quote words found in their document; %d flattened titles or summaries%n"
                + "Places: %d located on the maps, %d unlocated%s%nStages: %s%nTotal: %d ms", total, pages,
                searchDocuments, filesWritten, org.idlibchronicle.diag.Problems.count(warnings, "warning"), quotesFound, citations, flattened, locations.located(), locations.unlocated().size(),
                locations.unlocated().isEmpty() ? "" : " (" + String.join(", ", locations.unlocated()) + ")", stages,
                totalMillis);
    }
}
