package org.idlibchronicle.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 27: every equally close spelling is named, so the hint never chooses for the contributor. */
class DidYouMeanTest {
    @Test
    void oneClosestIsNamed() {
        assertEquals(" (did you mean 'saraqib'?)", DidYouMean.hint("saraquib", List.of("saraqib", "sarmin", "sochi")));
    }

    @Test
    void equallyCloseOnesAreAllNamedInOrder() {
        assertEquals(" (did you mean 'sohr-2020-03-03' or 'sohr-2020-03-23'?)",
                DidYouMean.hint("sohr-2020-03-13", List.of("sohr-2020-03-23", "sohr-2020-03-03", "sana-2020-03-05")));
    }

    @Test
    void nothingCloseIsNothing() {
        assertEquals("", DidYouMean.hint("qqqq", List.of("saraqib", "sochi")));
    }
}
