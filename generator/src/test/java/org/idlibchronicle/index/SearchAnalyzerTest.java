package org.idlibchronicle.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The transliteration folding, stemming and alias synonyms of the search analysis. */
class SearchAnalyzerTest {

    @Test
    void spellingsOfArabicNamesGiveTheSameTerms() {
        List<String> expected = SearchAnalyzer.terms("Ma'arrat al-Nu'man");
        assertEquals(List.of("marat", "numan"), expected);
        for (String spelling : List.of("Maarat al-Numan", "Maarrat al-Numan", "Ma’arat Al-Nu’man", "MAʿARRAT EL-NUʿMAN",
                "Maarrat an-Nu`man")) {
            assertEquals(expected, SearchAnalyzer.terms(spelling), spelling);
        }
        assertEquals(SearchAnalyzer.terms("Hayat Tahrir al-Sham"), SearchAnalyzer.terms("Hay'at Tahrir al-Sham"));
        assertEquals(List.of("heiat", "tahrir", "sham"), SearchAnalyzer.terms("Hei`at Tahrir al-Sham"));
    }

    @Test
    void diacriticsFoldWhetherComposedOrNot() {
        assertEquals(List.of("erdogan"), SearchAnalyzer.terms("Erdoğan"));
        assertEquals(List.of("erdogan"), SearchAnalyzer.terms("Erdog\u0306an"));
        assertEquals(List.of("erdogan"), SearchAnalyzer.terms("ERDOGAN's"));
    }

    @Test
    void englishWordsAreStemmedAndStopWordsDropped() {
        assertEquals(List.of("ofens", "kil", "soldier"), SearchAnalyzer.terms("the offensive killed soldiers"));
        assertEquals(List.of("ofens", "kil", "soldier"), SearchAnalyzer.terms("Offensives kill a soldier"));
        assertEquals(List.of("m4", "highwai"), SearchAnalyzer.terms("M4 highway"));
    }

    @Test
    void aliasesAreIndexedAsSynonymsInBothDirections() {
        var map = AliasSynonyms.map(List.of(List.of("Hayat Tahrir al-Sham", "HTS", "Jabhat al-Nusra")));
        FieldAnalysis index = new FieldAnalysis(map);
        List<String> fromAcronym = index.analyse("HTS fighters withdrew").terms();
        assertTrue(fromAcronym.containsAll(List.of("hayat", "tahrir", "sham", "ht", "jabhat", "nusra", "fighter")), fromAcronym.toString());
        List<String> fromName = index.analyse("Hay'at Tahrir al-Sham fighters").terms();
        assertTrue(fromName.containsAll(List.of("ht", "fighter")), fromName.toString());
        assertEquals(List.of("fighter"), index.analyse("fighters").terms());
    }
}
