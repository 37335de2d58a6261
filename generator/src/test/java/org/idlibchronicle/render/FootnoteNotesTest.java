package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import org.idlibchronicle.testsupport.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27: an explanatory footnote (a label that is no source, with its definition), as
 * CONTRIBUTING.md describes, is shown among the notes as a block of its own, valid where it stands
 * (it was a paragraph inside a span, which the HTML checker refused after the build had passed).
 * The fixture's Ma'arrat al-Nu'man event carries one, so HtmlValidityIT checks it too.
 */
class FootnoteNotesTest {
    @TempDir
    Path tmp;

    @Test
    void anExplanatoryNoteIsABlockInItsListItem() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        var page = Jsoup.parse(f.site().resolve("events/2019/2019-02-16-shelling-maarat-al-numan.html").toFile(), "UTF-8");
        Element note = page.selectFirst("section.notes li > div.note-text");
        assertNotNull(note, "the note is a div in its list item");
        assertEquals("Town names are spelled here as on their place pages, which list the other spellings.",
                note.selectFirst("p").text());
        org.junit.jupiter.api.Assertions.assertFalse(page.select("a[href=#" + note.parent().id() + "]").isEmpty(),
                "the text links to it");
    }
}
