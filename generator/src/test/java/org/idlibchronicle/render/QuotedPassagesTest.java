package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.SourceDocument;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.Loaded;
import org.idlibchronicle.testsupport.RealSite;
import org.idlibchronicle.text.PassageIndex;
import org.idlibchronicle.text.PassageTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 on the real site: every note shows the words its statements rest on and links them in
 * the document (at its address by a text fragment whose words the archived text holds, and in the
 * archived copy, where that passage is marked); every document page marks its passages and links
 * back to the pages resting on them.
 */
class QuotedPassagesTest {
    private static Document page(String path) throws Exception {
        Path file = RealSite.site().resolve(path);
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    private static Map<String, SourceDocument> documents() {
        Problems problems = new Problems();
        Content content = Loaded.content(Fixture.REPO, problems);
        Map<String, SourceDocument> out = new HashMap<>();
        content.documents().forEach(d -> out.put(d.id(), d));
        return out;
    }

    @Test
    void everyNoteOfASourceShowsItsWordsAndLinksThemIntoItsDocument() throws Exception {
        Map<String, Document> documentPages = new HashMap<>();
        int passages = 0;
        for (String path : RealSite.pages()) {
            if (path.startsWith("documents/")) continue;
            for (Element note : page(path).select("section.notes li[id^=fn-]")) {
                if (note.selectFirst("cite.citation") == null) continue;
                assertTrue(note.select(".passage.unquoted").isEmpty(), path + ": a citation without its words: " + note.text());
                for (Element p : note.select(".passage")) {
                    assertNotNull(p.selectFirst("details > summary"), path + ": the words are not behind a summary");
                    String quote = p.selectFirst("blockquote").text();
                    assertTrue(quote.length() > 10 && quote.startsWith("“") && quote.endsWith("”"), path + ": " + quote);
                    Element archived = p.select(".passage-links a").last();
                    String href = archived.attr("href");
                    String docPath = Path.of(path).getParent() == null ? href
                            : Path.of(path).getParent().resolve(href.substring(0, href.indexOf('#'))).normalize().toString();
                    String anchor = href.substring(href.indexOf('#') + 1);
                    Document doc = documentPages.computeIfAbsent(docPath, d -> {
                        try {
                            return page(d);
                        } catch (Exception e) {
                            throw new AssertionError(d, e);
                        }
                    });
                    Element target = doc.getElementById(anchor);
                    assertNotNull(target, path + ": " + href + " leads to no passage");
                    assertFalse(p.selectFirst(".backref") == null, path + ": a passage with no back-link to its statement");
                    passages++;
                }
            }
        }
        assertTrue(passages > 700, "the real record quotes its sources hundreds of times, found " + passages);
    }

    @Test
    void textFragmentsAreWellFormedAndTheirWordsAreInTheArchivedText() throws Exception {
        Map<String, SourceDocument> documents = documents();
        int checked = 0;
        for (SourceDocument d : documents.values()) {
            if (d.url().isEmpty() || d.text().isEmpty()) continue;
            PassageIndex text = new PassageIndex(d.text().get());
            for (Element a : page("documents/" + d.id() + ".html").select(".quoted-passages a[rel=external]")) {
                String href = a.attr("href");
                assertTrue(href.startsWith(d.url().get() + "#:~:text="), href);
                String directive = href.substring(href.indexOf(":~:text=") + 8);
                assertTrue(directive.matches("[A-Za-z0-9%._~!$'()*;=:@/?]+(,[A-Za-z0-9%._~!$'()*;=:@/?]+)?"),
                        "only percent-encoded pieces, one comma between start and end: " + directive);
                assertFalse(directive.contains("-") || directive.contains("&"), "'-' and '&' are encoded: " + directive);
                List<String> pieces = new ArrayList<>();
                for (String piece : directive.split(",")) pieces.add(URLDecoder.decode(piece, StandardCharsets.UTF_8));
                for (String piece : pieces) {
                    assertTrue(text.find(PassageTokens.of(piece)).isPresent(), d.id() + ": '" + piece + "' is not in its text");
                    assertFalse(piece.contains("["), "a piece stops short of a reference marker: " + piece);
                }
                checked++;
            }
        }
        assertTrue(checked > 300, "text fragments checked: " + checked);
    }

    @Test
    void everyDocumentHasAPageWithItsPassagesMarkedAndLinkedBothWays() throws Exception {
        Map<String, SourceDocument> documents = documents();
        assertEquals(5, documents.size(), "the five documents the record reads");
        for (SourceDocument d : documents.values()) {
            Document page = page("documents/" + d.id() + ".html");
            assertEquals(d.title(), page.selectFirst("h1").text());
            List<Element> passages = page.select(".quoted-passages > li");
            assertFalse(passages.isEmpty(), d.id() + " has quoted passages");
            for (Element li : passages) {
                assertFalse(li.select("a[href*=.html]").isEmpty(), d.id() + ": passage links no statement: " + li.text());
            }
            if (d.text().isPresent()) {
                // each mark's number leads to its entry; each entry leads back to its mark
                for (Element li : passages) {
                    String anchor = li.id().substring("uses-".length());
                    assertNotNull(page.getElementById(anchor), d.id() + ": entry " + li.id() + " has no marked passage");
                    assertNotNull(page.selectFirst("a.uses-link[href=#" + li.id() + "]"), d.id() + ": mark does not lead to " + li.id());
                }
            } else {
                assertTrue(page.select(".archived-text").isEmpty(), d.id() + ": a text of unknown licence is not republished");
                String html = page.html();
                assertFalse(d.digests().isEmpty(), d.id() + " is verified by its fingerprints");
                assertTrue(html.length() < 200_000, d.id() + ": only its quoted passages are on the page");
            }
        }
    }
}
