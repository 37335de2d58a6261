package org.idlibchronicle.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quote rules: only whitespace, quote marks, dashes, soft hyphens and reference markers may differ. */
class PassageMatchingTest {
    private static final String TEXT = "On 16 February, SOHR reported that at least 18 people were killed.[54] "
            + "Turkey\u2019s army said the \u201Cde\u2011escalation\u201D zone\u2014the buffer\u2014was held [ 83 ] by"
            + " rebels in Sar\u00ADaqib.\nA new paragraph begins here with other words.";
    private static final PassageIndex INDEX = new PassageIndex(TEXT);

    private static boolean found(String quote) {
        return INDEX.find(PassageTokens.of(quote)).isPresent();
    }

    @Test
    void whatTheRulesAllowToDifferIsIgnored() {
        assertTrue(found("SOHR reported that at least 18 people were killed."));
        assertTrue(found("killed. Turkey's army said"), "the marker [54] is dropped, the curly apostrophe is straight");
        assertTrue(found("the \"de-escalation\" zone - the buffer - was held by rebels in Saraqib"),
                "quote marks, dashes, a spaced marker and a soft hyphen");
        assertTrue(found("rebels in Saraqib. A new   paragraph"), "line breaks and runs of spaces are whitespace");
    }

    @Test
    void everythingElseCounts() {
        assertFalse(found("SOHR reported that at least 19 people were killed"), "a figure");
        assertFalse(found("sohr reported that at least 18 people"), "case");
        assertFalse(found("SOHR said that at least 18 people"), "a word");
        assertFalse(found("uary, SOHR reported"), "a quote cannot start inside a word");
        assertTrue(found("18 people were killed. [55] Turkey"), "markers are dropped on both sides, whichever number");
    }

    @Test
    void theNearestPassageOfAQuoteChangedByOneWordIsTheOneItCameFrom() {
        Optional<PassageIndex.Span> near = INDEX.nearest(PassageTokens.of("SOHR said that at least 18 people were killed"));
        assertTrue(near.isPresent());
        assertEquals("SOHR reported that at least 18 people were killed", INDEX.text().original(near.get().from(), near.get().to()));
    }

    @Test
    void fingerprintsVerifyWhatTheTextVerifiesWithoutHoldingIt() {
        PassageDigests digests = PassageDigests.parse(PassageDigests.of(TEXT).written()).orElseThrow();
        assertFalse(PassageDigests.of(TEXT).written().contains("SOHR"), "no word of the text is in its fingerprints");
        Random random = new Random(25);
        PassageTokens tokens = INDEX.text();
        for (int i = 0; i < 200; i++) {
            int from = random.nextInt(tokens.size() - PassageDigests.N);
            int to = from + PassageDigests.N + random.nextInt(Math.min(8, tokens.size() - from - PassageDigests.N) + 1);
            String quote = tokens.original(from, to);
            assertTrue(digests.find(PassageTokens.of(quote)).isPresent(), "a passage of the text: " + quote);
            String changed = quote.replaceFirst("\\p{L}", "Q");
            assertEquals(found(changed), digests.find(PassageTokens.of(changed)).isPresent(), "the same verdict on: " + changed);
        }
        assertTrue(PassageDigests.parse("passage-digests v1 n=5\nnot hex").isEmpty());
    }
}
