package org.idlibchronicle.build;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What a successful build produced and how long each stage took. */
public record BuildSummary(Map<String, Integer> pagesByKind, int searchDocuments, int filesWritten,
                           int warnings, Map<String, Long> stageMillis, long totalMillis) {

    /** A few lines for the terminal. */
    public String format() {
        String pages = pagesByKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        String stages = stageMillis.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", "));
        int total = pagesByKind.values().stream().mapToInt(Integer::intValue).sum();
        return String.format(Locale.ROOT, "Built %d pages (%s)%n%d search documents, %d files written, %d warnings%n"
                + "Stages: %s%nTotal: %d ms", total, pages, searchDocuments, filesWritten, warnings, stages, totalMillis);
    }
}
