package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.idlibchronicle.testsupport.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A place's names from the gazetteer are on its page: the Arabic ones marked as Arabic and right to
 * left (a browser shapes and orders them, a screen reader reads them as Arabic), the Latin spellings
 * apart, and the entry they come from credited as GeoNames' licence asks.
 */
class PlaceNamesPageTest {
    @TempDir
    static Path tmp;
    private static Fixture fixture;

    @BeforeAll
    static void build() throws Exception {
        fixture = Fixture.in(tmp);
        fixture.build();
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(fixture.site().resolve(path).toFile(), "UTF-8");
    }

    /** The description that follows the term {@code dt} in the page's facts. */
    private static Element fact(Document d, String dt) {
        for (Element e : d.select("dl.facts > dt")) if (e.text().equals(dt)) return e.nextElementSibling();
        return null;
    }

    @Test
    void theArabicNameIsMarkedAsArabicAndRightToLeft() throws Exception {
        Document d = page("places/maarat-al-numan.html");
        Element arabic = fact(d, "In Arabic");
        assertNotNull(arabic, d.select("dl.facts").outerHtml());
        Element name = arabic.selectFirst("span");
        assertEquals("معرة النعمان", name.text());
        assertEquals("ar", name.attr("lang"));
        assertEquals("rtl", name.attr("dir"));
    }

    @Test
    void theLatinSpellingsAreListedApartWithoutALanguage() throws Exception {
        Element spellings = fact(page("places/maarat-al-numan.html"), "Spelled in GeoNames");
        assertNotNull(spellings);
        assertEquals("Maaret el Noman", spellings.text());
        assertTrue(spellings.select("[lang]").isEmpty(), spellings.outerHtml());
    }

    @Test
    void theEntryTheNamesComeFromIsCreditedWithItsLicence() throws Exception {
        Element from = fact(page("places/maarat-al-numan.html"), "Names from");
        assertNotNull(from);
        assertEquals("https://www.geonames.org/167611", from.selectFirst("a").attr("href"));
        assertEquals("GeoNames entry 167611", from.selectFirst("a").text());
        assertTrue(from.select("a[href=https://creativecommons.org/licenses/by/4.0/]").size() == 1, from.outerHtml());
    }

    /** A query typed in Arabic runs right to left in the box, as it does everywhere else the reader writes it. */
    @Test
    void theSearchBoxesTakeTheDirectionOfWhatIsTyped() throws Exception {
        assertEquals("auto", page("places/maarat-al-numan.html").selectFirst("#site-search-q").attr("dir"));
        assertEquals("auto", page("search.html").selectFirst("#search-page-q").attr("dir"));
    }

    @Test
    void aPlaceWithoutSuchNamesShowsNone() throws Exception {
        Document d = page("places/sochi.html");
        assertEquals(null, fact(d, "In Arabic"));
        assertEquals(null, fact(d, "Names from"));
        assertTrue(d.select("dl.facts [lang]").isEmpty());
    }
}
