package org.idlibchronicle.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** site.yaml's query synonyms as the index terms boot.js carries (issue 29). */
class QuerySynonymsTest {
    @Test
    void eachWordBecomesItsIndexTermStemmedWithDoubledLettersCollapsed() {
        assertEquals(List.of(List.of("captur", "seiz", "take", "tok"), List.of("retak", "regain")),
                QuerySynonyms.terms(List.of(List.of("capture", "captured", "seize", "seized", "take", "took"),
                        List.of("retake", "Retaking", "regain"))));
    }

    @Test
    void onlyTermsOfTheIndexAreKeptAndAGroupLeftAloneIsDropped() {
        List<List<String>> groups = List.of(List.of("captur", "seiz", "took"), List.of("retak", "regain"));
        assertEquals(List.of(List.of("captur", "took")), QuerySynonyms.inIndex(groups, Set.of("captur", "took", "retak")));
    }

    @Test
    void aTermFindsTheOtherTermsOfEveryGroupThatHoldsIt() {
        List<List<String>> groups = List.of(List.of("captur", "take", "seiz"), List.of("take", "grab"));
        assertEquals(List.of("take", "seiz"), QuerySynonyms.of("captur", groups));
        assertEquals(List.of("captur", "seiz", "grab"), QuerySynonyms.of("take", groups));
        assertEquals(List.of(), QuerySynonyms.of("fell", groups));
    }

    @Test
    void aStopWordOrAWordReadAsSeveralIsRefusedSayingWhich() {
        IllegalArgumentException stop = assertThrows(IllegalArgumentException.class,
                () -> QuerySynonyms.terms(List.of(List.of("take", "the"))));
        assertEquals("site.yaml: search: synonyms: group 1 [take, the]: 'the' is a word the search ignores (a stop word):"
                + " list single words that carry meaning", stop.getMessage());
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
                () -> QuerySynonyms.terms(List.of(List.of("down", "Su-24"))));
        assertTrue(two.getMessage().contains("'Su-24' is read as 2 words [su, 24]"), two.getMessage());
    }
}
