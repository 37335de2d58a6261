package org.idlibchronicle.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.search.spell.LevenshteinDistance;

/** Suggests the closest known spelling for a mistyped id or key. */
public final class DidYouMean {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

    private DidYouMean() {}

    /** The closest candidate, if it is close enough to be a plausible typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .map(c -> new Scored(c, DISTANCE.getDistance(w, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.score >= 0.6f || s.candidate.startsWith(w) && w.length() >= 3)
                .max(Comparator.comparingDouble((Scored s) -> s.score)
                        .thenComparing(s -> s.candidate, Comparator.reverseOrder()))
                .map(s -> s.candidate);
    }

    /**
     * " (did you mean 'x'?)", or every candidate as close as the closest (" (did you mean 'sohr-2020-03-03'
     * or 'sohr-2020-03-23'?)": naming one of two equally likely ids would choose for the contributor),
     * or the empty string.
     */
    public static String hint(String wrong, Collection<String> candidates) {
        Optional<String> best = closest(wrong, candidates);
        if (best.isEmpty()) return "";
        String w = wrong.toLowerCase(Locale.ROOT);
        float top = DISTANCE.getDistance(w, best.get().toLowerCase(Locale.ROOT));
        java.util.List<String> tied = candidates.stream()
                .filter(c -> DISTANCE.getDistance(w, c.toLowerCase(Locale.ROOT)) == top)
                .sorted().distinct().toList();
        if (tied.size() <= 1 || tied.size() > 4) return " (did you mean '" + best.get() + "'?)";
        return " (did you mean " + String.join(", ", tied.subList(0, tied.size() - 1).stream().map(c -> "'" + c + "'").toList())
                + " or '" + tied.get(tied.size() - 1) + "'?)";
    }

    private record Scored(String candidate, float score) {}
}
