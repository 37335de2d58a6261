package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Reader review finding 18: an event's figure tables named each figure's source by a note number
 * only. Each row now names the source (outlet and date) as the contested-figures page does, with
 * the note number beside it, and the note it points to cites that same source.
 */
class FigureSourcesTest {
    @Test
    void eachFigureNamesItsSourceBesideItsNote() throws Exception {
        Path page = RealSite.site().resolve("events/2020/2020-02-28-turkish-retaliation-for-balyun.html");
        Document d = Jsoup.parse(page.toFile(), "UTF-8");
        var cells = d.select("td[data-label=Source]");
        assertFalse(cells.isEmpty());
        for (Element cell : cells) {
            Element ref = cell.selectFirst("sup.fnref a");
            assertNotNull(ref, cell.outerHtml());
            String name = cell.ownText().trim();
            assertFalse(name.isEmpty(), "a source cell with its note number only: " + cell.outerHtml());
            Element note = d.getElementById(ref.attr("href").substring(1));
            assertNotNull(note, ref.attr("href"));
            assertTrue(note.text().startsWith(name), "'" + name + "' is not the source of " + ref.attr("href") + ": " + note.text());
        }
    }
}
