package org.idlibchronicle.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.idlibchronicle.config.SiteConfig;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format of "cite this page", read back with a parser that reference managers rely on. */
class CiteThisPageTest {
    private static final LocalDate RECORD_DATE = LocalDate.of(2024, 3, 5);
    private static final String TITLE = "Turkey & Russia: the 15% \"zone\" {north} of M4_M5 #2 ~ $1 ^ \\ al-Nu’man";
    private static final String PATH = "events/2018/2018-09-17-sochi.html";

    @TempDir
    Path tmp;

    private SiteConfig site(String url) throws Exception {
        Files.writeString(tmp.resolve("site.yaml"), "id: chronicle\ntitle: Idlib Chronicle\n"
                + (url.isEmpty() ? "" : "url: " + url + "\n"), StandardCharsets.UTF_8);
        return SiteConfig.load(tmp);
    }

    private PageCitation withAddressAndDate() throws Exception {
        return new CiteThisPage(site("https://example.org/chronicle"), Optional.of(RECORD_DATE))
                .of("event-sochi", TITLE, PATH);
    }

    @Test
    void theSentenceIsChicagoAuthorDateWithTheSiteAsAuthorAndThePermanentAddress() throws Exception {
        PageCitation c = withAddressAndDate();
        assertTrue(c.sentence().startsWith("Idlib Chronicle. 2024. “"), c.sentence());
        assertTrue(c.sentence().contains("March 5, 2024"), c.sentence());
        assertTrue(c.sentence().contains("“" + TITLE.replace('"', '“') .substring(0, 20)), "the title as written: " + c.sentence());
        assertTrue(new CiteThisPage(site(""), Optional.empty()).of("p", "Ma’arrat al-Nu’man", "p.html").sentence()
                .contains("“Ma’arrat al-Nu’man.”"), "names keep their lower-case particles");
        assertTrue(c.sentence().endsWith("https://example.org/chronicle/" + PATH + "."), c.sentence());
    }

    @Test
    void bibtexParsesBackWithJbibtexToTheSameFieldsAndTheTitleVerbatim() throws Exception {
        PageCitation c = withAddressAndDate();
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(c.bibtex()));
        assertEquals(1, db.getEntries().size());
        BibTeXEntry entry = db.getEntries().get(new Key("chronicle-event-sochi"));
        assertEquals(BibTeXEntry.TYPE_MISC, entry.getType());
        assertEquals("{Idlib Chronicle}", entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertEquals("2024", entry.getField(BibTeXEntry.KEY_YEAR).toUserString());
        assertEquals("2024-03-05", entry.getField(new Key("date")).toUserString());
        assertEquals("https://example.org/chronicle/" + PATH, entry.getField(BibTeXEntry.KEY_URL).toUserString());
        // The escaped title, read as LaTeX, is the page's title again.
        String latex = entry.getField(BibTeXEntry.KEY_TITLE).toUserString();
        String read = new LaTeXPrinter().print(new LaTeXParser().parse(latex));
        assertEquals(TITLE, read);
    }

    @Test
    void risParsesBackWithCiteprocAndEveryLineIsATaggedLine() throws Exception {
        PageCitation c = withAddressAndDate();
        for (String line : c.ris().split("\n")) {
            assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), "not a RIS line: '" + line + "'");
        }
        assertTrue(c.ris().startsWith("TY  - ELEC\n") && c.ris().endsWith("ER  - \n"), c.ris());
        RISLibrary library = new RISParser().parse(new StringReader(c.ris()));
        assertEquals(1, library.getReferences().size());
        RISReference ref = library.getReferences().get(0);
        assertEquals(RISType.ELEC, ref.getType());
        assertEquals(TITLE, ref.getTitle());
        assertEquals("Idlib Chronicle", ref.getAuthors()[0]);
        assertEquals("2024", ref.getYear());
        assertEquals("2024/03/05", ref.getDate());
        assertEquals("https://example.org/chronicle/" + PATH, ref.getURL());
    }

    @Test
    void cslJsonParsesWithJacksonAndCiteprocFormatsItToTheSameSentence() throws Exception {
        PageCitation c = withAddressAndDate();
        JsonNode json = new ObjectMapper().readTree(c.cslJson());
        assertEquals(1, json.size());
        JsonNode item = json.get(0);
        assertEquals("webpage", item.get("type").asText());
        assertEquals(TITLE, item.get("title").asText());
        assertEquals("Idlib Chronicle", item.get("author").get(0).get("literal").asText());
        assertEquals("https://example.org/chronicle/" + PATH, item.get("URL").asText());
        assertEquals("[[2024,3,5]]", item.get("issued").get("date-parts").toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> map = new ObjectMapper().convertValue(item, Map.class);
        CSLItemData read = CSLItemData.fromJson(map);
        String style = new String(CiteThisPage.class.getResourceAsStream("/csl/chicago-author-date.csl").readAllBytes(),
                StandardCharsets.UTF_8);
        String again = CSL.makeAdhocBibliography(style.replace(" text-case=\"title\"", ""), "text", read)
                .makeString().strip();
        assertEquals(c.sentence(), again);
    }

    @Test
    void withoutAnAddressOrADateNoneIsInventedAndTheSentenceSaysNoDate() throws Exception {
        PageCitation c = new CiteThisPage(site(""), Optional.empty()).of("event-sochi", "Sochi", PATH);
        assertTrue(c.sentence().contains("n.d."), c.sentence());
        for (String format : new String[] {c.sentence(), c.bibtex(), c.ris(), c.cslJson()}) {
            assertFalse(format.contains("http"), format);
            assertFalse(format.contains(String.valueOf(LocalDate.now().getYear())), "no build date: " + format);
        }
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(c.bibtex())).getEntries().values().iterator().next();
        assertEquals(null, entry.getField(BibTeXEntry.KEY_YEAR));
        assertFalse(new ObjectMapper().readTree(c.cslJson()).get(0).has("issued"));
    }

    @Test
    void theSameInputGivesTheSameTextAndOneInstanceServesManyPages() throws Exception {
        CiteThisPage cite = new CiteThisPage(site("https://example.org/"), Optional.of(RECORD_DATE));
        PageCitation first = cite.of("a", "First page", "a.html");
        PageCitation second = cite.of("b", "Second page", "b.html");
        assertTrue(second.sentence().contains("“Second page.”") && !second.sentence().contains("First"), second.sentence());
        assertEquals(first, cite.of("a", "First page", "a.html"));
        assertEquals(first, new CiteThisPage(site("https://example.org/"), Optional.of(RECORD_DATE))
                .of("a", "First page", "a.html"));
    }
}
