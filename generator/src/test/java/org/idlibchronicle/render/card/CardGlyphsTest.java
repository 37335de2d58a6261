package org.idlibchronicle.render.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The cards' typeface (DejaVu Sans, from a jar, never the machine's) has a glyph for every
 * character that a card of the real record shows: Turkish ğ and ş, en dashes, curly quotes. The
 * card's text is read from its page's {@code og:image:alt}, which says what the card shows.
 */
class CardGlyphsTest {
    @Test
    void everyCardOfTheRealRecordHasEveryGlyph() throws Exception {
        List<String> missing = new ArrayList<>();
        int cards = 0;
        boolean accented = false;
        for (String page : RealSite.pages()) {
            Element alt = Jsoup.parse(RealSite.site().resolve(page).toFile()).selectFirst("meta[property=og:image:alt]");
            if (alt == null) continue;
            cards++;
            String text = alt.attr("content");
            accented |= text.contains("ğ");
            int at = CardFonts.firstMissingGlyph(text);
            if (at >= 0) missing.add(page + ": " + text.codePointAt(at) + " in " + text);
        }
        assertEquals(List.of(), missing);
        assertTrue(cards > 400, cards + " cards");
        assertTrue(accented, "the record's titles name Erdoğan");
    }

    @Test
    void aCharacterTheTypefaceLacksIsFound() {
        assertEquals("Talks in ".length(), CardFonts.firstMissingGlyph("Talks in 北京"));
        assertEquals(-1, CardFonts.firstMissingGlyph("Erdoğan – “Moscow” Protocol, Ma’arrat al-Nu’man, Şanlıurfa"));
    }
}
