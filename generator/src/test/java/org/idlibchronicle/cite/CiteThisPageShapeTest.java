package org.idlibchronicle.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.idlibchronicle.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path of {@link CiteThisPage} (citeproc's reference for stand-ins, with each page's key,
 * title and address put in) gives exactly what citeproc and jbibtex give, for every key, title and
 * path it accepts. A property over generated input: keys, titles and paths drawn at random from the
 * characters the shape accepts, in every order, with and without the site's address and the
 * record's date. Seeded, so a failure replays: {@code -Dcite.seed=} (printed on failure),
 * {@code -Dcite.cases=} (default 400).
 */
class CiteThisPageShapeTest {
    private static final long SEED = Long.getLong("cite.seed", 20200305L);
    private static final int CASES = Integer.getInteger("cite.cases", 400);
    /** Letters of several scripts and both cases, digits, then every other character the shape takes. */
    private static final String LETTERS = "aeiouzAEIOUZéāīūḤṣʿıßŞçñøłŁعربيةРусскийTürkçe";
    private static final String DIGITS = "0123456789";
    private static final String INNER = " ,:;()–-";

    @TempDir
    Path tmp;

    private SiteConfig site(boolean withUrl) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(withUrl ? "with-url" : "without-url"));
        Files.writeString(dir.resolve("site.yaml"), "id: chronicle\ntitle: Idlib Chronicle\n"
                + (withUrl ? "url: https://example.org/chronicle\n" : ""), StandardCharsets.UTF_8);
        return SiteConfig.load(dir);
    }

    /** A string of up to {@code max} characters from {@code chars}, drawn until the shape takes it. */
    private static String draw(Random random, String chars, int max, Pattern shape) {
        while (true) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(max);
            for (int i = 0; i < length; i++) s.append(chars.charAt(random.nextInt(chars.length())));
            if (shape.matcher(s).matches()) return s.toString();
        }
    }

    @Test
    void theShapeGivesWhatCiteprocGives() throws Exception {
        SiteConfig withUrl = site(true);
        SiteConfig withoutUrl = site(false);
        for (int i = 0; i < CASES; i++) {
            Random random = new Random(SEED + i);
            String key = draw(random, "abcxyz0189-", 30, CiteThisPage.SHAPE_KEY);
            String title = draw(random, LETTERS + DIGITS + INNER + INNER, 80, CiteThisPage.SHAPE_TITLE);
            String path = draw(random, "abz019/._-", 40, CiteThisPage.SHAPE_PATH);
            Optional<LocalDate> date = random.nextBoolean() ? Optional.of(LocalDate.of(2024, 3, 5)) : Optional.empty();
            CiteThisPage cite = new CiteThisPage(random.nextBoolean() ? withUrl : withoutUrl, date);
            assertEquals(cite.viaCiteproc(key, title, path), cite.viaShape(key, title, path),
                    "case " + i + " (-Dcite.seed=" + SEED + "): key " + key + ", title " + title + ", path " + path);
        }
    }

    @Test
    void whatCiteprocRewritesTakesTheSlowPath() {
        Predicate<String> fits = t -> CiteThisPage.SHAPE_TITLE.matcher(t).matches();
        assertTrue(fits.test("Government forces capture Saraqib (second time), 2–3 March: M5 reopened"));
        // quotes and apostrophes become typographic, a final stop merges with the sentence's, and
        // runs of spaces may collapse
        for (String title : new String[] {"Turkey's ultimatum", "the \"second phase\"", "Ends.", "Why?", "two  spaces",
                " leading", "trailing ", "A", "50%", "M4_M5", "a & b", "{x}"}) {
            assertFalse(fits.test(title), title);
        }
        assertFalse(CiteThisPage.SHAPE_PATH.matcher("events/a.").matches(), "citeproc merges a final dot with its own");
    }

    @Test
    void realTitlesWithApostrophesAreFormattedByCiteproc() throws Exception {
        CiteThisPage cite = new CiteThisPage(site(true), Optional.empty());
        String title = "Government forces capture Ma'arrat al-Nu'man";
        assertEquals(cite.viaCiteproc("e", title, "e.html"), cite.of("e", title, "e.html"));
        assertTrue(cite.of("e", title, "e.html").sentence().contains("Ma’arrat"), "typographic apostrophe");
    }
}
