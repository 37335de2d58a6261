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

    /** " (did you mean 'x'?)" or the empty string. */
    public static String hint(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    private record Scored(String candidate, float score) {}
}
