package org.idlibchronicle.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 26: meta descriptions have a length cap, cut at a word. */
class PlannedPageTest {
    @Test
    void aShortDescriptionIsKeptAsItIs() {
        String s = "Russian and Syrian government forces retook Saraqib.";
        assertEquals(s, PlannedPage.capped(s));
        assertEquals("x".repeat(160), PlannedPage.capped("x".repeat(160)));
    }

    @Test
    void aLongDescriptionIsCutAtAWordWithAnEllipsis() {
        String s = "The Turkish Ministry of Defence said that 33 Turkish soldiers were killed in an air strike in Idlib"
                + " province, the largest loss of Turkish troops in a single day since Turkey entered Syria in 2016, and"
                + " Turkey answered with strikes on Syrian government positions.";
        String cut = PlannedPage.capped(s);
        assertTrue(cut.length() <= PlannedPage.DESCRIPTION_LIMIT, cut.length() + ": " + cut);
        assertTrue(cut.endsWith("…") && s.startsWith(cut.substring(0, cut.length() - 1)), cut);
        assertTrue(s.charAt(cut.length() - 1) == ' ' || s.charAt(cut.length() - 1) == ',', "cut at a word: " + cut);
    }

    /** Seeded random texts (words, no spaces, astral characters): never over the limit, never half a character. */
    @Test
    void anyTextIsCutWithinTheLimitAndWhole() {
        Random r = new Random(20261206L);
        String[] pieces = {"word", " ", "𝑥", "إدلب", ",", ".", "Saraqib", "  "};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(120);
            for (int k = 0; k < n; k++) b.append(r.nextInt(5) == 0 && r.nextBoolean() ? "x".repeat(r.nextInt(200)) : pieces[r.nextInt(pieces.length)]);
            String cut = PlannedPage.capped(b.toString());
            assertTrue(cut.length() <= PlannedPage.DESCRIPTION_LIMIT, cut);
            for (int k = 0; k < cut.length(); k++) {
                char c = cut.charAt(k);
                if (Character.isHighSurrogate(c)) assertTrue(k + 1 < cut.length() && Character.isLowSurrogate(cut.charAt(k + 1)), cut);
                if (Character.isLowSurrogate(c)) assertTrue(k > 0 && Character.isHighSurrogate(cut.charAt(k - 1)), cut);
            }
        }
    }
}
