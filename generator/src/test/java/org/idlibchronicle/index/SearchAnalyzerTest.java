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

    /** As Lucene's ArabicNormalizer: the spellings of one Arabic word that writers use interchangeably. */
    @Test
    void arabicSpellingsOfOneWordGiveOneTerm() {
        List<String> idlib = SearchAnalyzer.terms("ادلب");
        assertEquals(1, idlib.size());
        assertEquals(idlib, SearchAnalyzer.terms("إدلب"), "hamza below alef");
        assertEquals(SearchAnalyzer.terms("احمد"), SearchAnalyzer.terms("أحمد"), "hamza above alef");
        assertEquals(SearchAnalyzer.terms("امنة"), SearchAnalyzer.terms("آمنة"), "alef with madda");
        assertEquals(SearchAnalyzer.terms("مصطفي"), SearchAnalyzer.terms("مصطفى"), "alef maqsura");
        assertEquals(SearchAnalyzer.terms("محافظه"), SearchAnalyzer.terms("محافظة"), "ta marbuta");
        assertEquals(SearchAnalyzer.terms("سراقب"), SearchAnalyzer.terms("ســراقب"), "tatweel");
        assertEquals(SearchAnalyzer.terms("سراقب"), SearchAnalyzer.terms("سَرَاقِب"), "vowel marks");
        assertEquals(SearchAnalyzer.terms("معرة النعمان"), SearchAnalyzer.terms("مَعَرَّة ٱلنُّعْمَان".replace('ٱ', 'ا')), "shadda");
    }

    /**
     * search-analyzer.js loads no folding table for a query in Arabic letters (its UNFOLDED): right
     * only while ASCII folding changes none of them.
     */
    @Test
    void asciiFoldingLeavesTheArabicBlockAlone() {
        char[] out = new char[8];
        for (char c = '\u0600'; c <= '\u06ff'; c++) {
            int len = org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
            assertEquals(String.valueOf(c), new String(out, 0, len), "U+" + Integer.toHexString(c));
        }
    }

    /** Turkish writes İ/i and I/ı as two letters; a reader who types either finds both. */
    @Test
    void turkishDottedAndDotlessIFoldToOneI() {
        for (String spelling : List.of("Idlib", "idlib", "İdlib", "IDLİB", "ıdlıb", "IDLIB", "İdli̇b", "Idlıb")) {
            assertEquals(List.of("idlib"), SearchAnalyzer.terms(spelling), spelling);
        }
        assertEquals(List.of("sivil"), SearchAnalyzer.terms("SİVİL"));
        assertEquals(List.of("halep"), SearchAnalyzer.terms("HALEP"));
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
