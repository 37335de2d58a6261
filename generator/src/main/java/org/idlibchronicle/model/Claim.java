package org.idlibchronicle.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/**
 * A figure as somebody reported it: who claims it, the value or range, the unit exactly as
 * reported ("killed" is not "neutralised"), of whom or what, and the source it is read in.
 * Claims with the same {@code topic} on one event are one set: readers see them side by side.
 * {@code quote} is the words of the source's document that give the figure.
 */
public record Claim(Ref claimant, BigDecimal min, BigDecimal max, String qualifier, String unit,
                    String of, String topic, Optional<String> asOf, Ref source, String note,
                    SourcePosition at, Optional<Quote> quote) {

    public boolean isRange() {
        return min.compareTo(max) != 0;
    }
}
