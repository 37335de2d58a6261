package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.load.MarkdownScanner;
import org.idlibchronicle.model.Markdown;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static Markdown md(String text) {
        return MarkdownScanner.scan(text, SourcePosition.file("content/x.md"), 0, new org.idlibchronicle.diag.Problems());
    }

    /** Markdown is parsed once, at load: render draws the tree it was given, and never parses the text again. */
    @Test
    void rendersTheTreeParsedAtLoadNotTheTextAgain() {
        Markdown parsed = md("Parsed at load.");
        Markdown sameTreeOtherText = new Markdown("Not parsed.", parsed.firstLine(), 0, List.of(), List.of(), List.of(),
                "", parsed.tree());
        assertEquals("<p>Parsed at load.</p>", MarkdownRenderer.render(sameTreeOtherText, "x.html", new PageNotes()).strip());
    }

    @Test
    void aLabelCitedTwiceIsOneNoteWithTwoBackLinks() {
        PageNotes notes = new PageNotes();
        String html = MarkdownRenderer.render(md("One.[^a] Two.[^b] Three.[^a]"), "events/2020/x.html", notes);
        assertTrue(html.contains("<sup class=\"fnref\" id=\"fnref-1\"><a href=\"#fn-1\""), html);
        assertTrue(html.contains("id=\"fnref-1-2\""), html);
        assertEquals(2, notes.notes().size());
        assertEquals(List.of("fnref-1", "fnref-1-2"), notes.notes().get(0).refAnchors());
    }

    @Test
    void numberingContinuesAcrossTheTextsOfOnePage() {
        PageNotes notes = new PageNotes();
        MarkdownRenderer.render(md("A.[^a]"), "agreements/x.html", notes);
        String second = MarkdownRenderer.render(md("B.[^b] C.[^a]"), "agreements/x.html", notes);
        assertTrue(second.contains(">2</a></sup>") && second.contains(">1</a></sup>"), second);
    }

    @Test
    void aWrittenDefinitionBecomesTheNotesTextNotPartOfTheBody() {
        PageNotes notes = new PageNotes();
        String html = MarkdownRenderer.render(md("A.[^a]\n\n[^a]: Page *12*.\n"), "x.html", notes);
        assertTrue(!html.contains("Page"), html);
        assertEquals("<p>Page <em>12</em>.</p>", notes.notes().get(0).definitionHtml());
    }

    @Test
    void itemLinksBecomeRelativePageLinks() {
        String html = MarkdownRenderer.render(md("[S](place:saraqib), [P](agreement:moscow-protocol-2020#joint-patrols)"),
                "events/2020/x.html", new PageNotes());
        assertTrue(html.contains("href=\"../../places/saraqib.html\""), html);
        assertTrue(html.contains("href=\"../../agreements/moscow-protocol-2020.html#provision-joint-patrols\""), html);
    }

    @Test
    void rawHtmlIsShownAsText() {
        String html = MarkdownRenderer.render(md("<script>alert(1)</script>\n\nA <b>b</b>"), "x.html", new PageNotes());
        assertTrue(!html.contains("<script>") && !html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }
}
