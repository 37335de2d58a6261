package org.idlibchronicle.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The forms in which the record's quotes give their figures, and some they do not. */
class QuotedFiguresTest {
    private static boolean gives(String quote, String figure) {
        return QuotedFigures.gives(quote, new BigDecimal(figure));
    }

    @Test
    void digitsWordsAndScales() {
        assertTrue(gives("SOHR reported that at least 18 people were killed", "18"));
        assertTrue(gives("some 1,200 trucks", "1200"));
        assertTrue(gives("nearly 900,000 people", "900000"));
        assertTrue(gives("about 1.5 million people", "1500000"));
        assertTrue(gives("seven Turkish soldiers and a civilian contractor", "7"));
        assertTrue(gives("killing a child", "1"));
        assertTrue(gives("there were no ceasefire violations", "0"));
        assertTrue(gives("3.5 kilometres", "3.5"));
    }

    @Test
    void aNumberThatIsNotTheFigure() {
        assertFalse(gives("SOHR reported that at least 18 people were killed", "40"));
        assertFalse(gives("at least 180 people", "18"), "18 is not 180");
        assertFalse(gives("in 2020 the army", "20"), "nor part of a year");
        assertFalse(gives("a convoy of trucks", "40"));
    }
}
