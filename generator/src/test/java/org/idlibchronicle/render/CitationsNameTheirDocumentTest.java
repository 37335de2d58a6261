package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.Loaded;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a reader checking a claim can tell which document every citation was read in and follow
 * the link to it (its archived copy here, which links its verified address: issue 25); no page speaks of "the article" without naming it.
 */
class CitationsNameTheirDocumentTest {
    /** "the article", "the encyclopedia article", but not "Article 4" of the NATO treaty. */
    private static final Pattern BARE_ARTICLE =
            Pattern.compile("\\b(?:the|this|that) (?:encyclopedia )?article\\b(?!\\s*\\d)", Pattern.CASE_INSENSITIVE);

    private static Map<String, Source> realSources() {
        Problems problems = new Problems();
        Content content = Loaded.content(Fixture.REPO, problems);
        assertFalse(problems.hasErrors(), () -> "the real content loads: " + problems.sorted());
        return content.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    private static Document page(String path) throws Exception {
        Path file = RealSite.site().resolve(path);
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    /**
     * The source a citation is of: its outlet links to that source's entry in the bibliography, or,
     * in the bibliography itself, the citation stands in that entry (and links nowhere for it).
     */
    private static String citedSource(Element cite) {
        Element first = cite.child(0);
        if (first.tagName().equals("a") && first.attr("href").contains("#")) {
            return first.attr("href").substring(first.attr("href").indexOf('#') + 1);
        }
        Element entry = cite.closest("li[id]");
        return entry == null ? "" : entry.id();
    }

    @Test
    void everyCitationOfAReportReadInADocumentNamesThatDocumentAndLinksItsVerifiedAddress() throws Exception {
        Map<String, Source> sources = realSources();
        int checked = 0;
        for (String path : RealSite.pages()) {
            for (Element cite : page(path).select("cite.citation")) {
                Source s = sources.get(citedSource(cite));
                assertNotNull(s, path + ": a citation of an unknown source: " + cite.outerHtml());
                if (s.via().isEmpty()) continue;
                Source document = sources.get(s.via().get().id());
                Element readIn = cite.selectFirst(".read-in");
                assertNotNull(readIn, path + ": citation of " + s.id() + " does not say what it was read in");
                assertTrue(readIn.text().startsWith(document.outlet() + ", “" + document.title().orElseThrow() + "”"),
                        path + ": " + s.id() + " names its document as: " + readIn.text());
                Element title = readIn.selectFirst("a");
                assertNotNull(title, path + ": the document's title is not a link");
                // The document's own page (its archived text or quoted passages) where it has one.
                String expected = document.document().map(d -> "documents/" + d.id() + ".html")
                        .orElse(document.url().orElse("sources.html#" + document.id()));
                assertTrue(title.attr("href").endsWith(expected), path + ": " + s.id() + " links " + title.attr("href"));
                checked++;
            }
        }
        assertTrue(checked > 200, "the real site has hundreds of citations read in a document, found " + checked);
    }

    @Test
    void aReportReadInWikipediaIsCitedWithTheArticleTitleLinkedToItsArchivedCopyWhichLinksTheArticle() throws Exception {
        Element entry = page("sources.html").getElementById("sohr-2020-01-27");
        assertNotNull(entry);
        Element cite = entry.selectFirst("cite.citation");
        assertEquals("Syrian Observatory for Human Rights, 27 January 2020 (date inferred: the report is not dated; it is"
                + " given among the events of 27 January); read in Wikipedia, “Northwestern Syria offensive (December"
                + " 2019–March 2020)”.", cite.text());
        assertEquals("documents/enc-nw-syria-offensive-2019-2020.html", cite.selectFirst(".read-in a").attr("href"));
        Document archived = page("documents/enc-nw-syria-offensive-2019-2020.html");
        assertEquals("https://en.wikipedia.org/wiki/Northwestern_Syria_offensive_(December_2019%E2%80%93March_2020)",
                archived.selectFirst(".facts a[rel=external]").attr("href"));
    }

    @Test
    void noPageSpeaksOfTheArticleWithoutNamingIt() throws Exception {
        List<String> bare = new ArrayList<>();
        for (String path : RealSite.pages()) {
            // The page history quotes commit messages, the project's log rather than the record's
            // text: a message may speak of "the article" it changed.
            var body = page(path).body().clone();
            body.select("section.provenance").remove();
            String text = body.text();
            Matcher m = BARE_ARTICLE.matcher(text);
            while (m.find()) {
                bare.add(path + ": …" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)) + "…");
            }
        }
        assertEquals(List.of(), bare, "name the document (e.g. Wikipedia's “Northwestern Syria offensive …”)");
    }
}
