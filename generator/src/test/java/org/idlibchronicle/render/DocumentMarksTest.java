package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.idlibchronicle.link.Passages.Passage;
import org.junit.jupiter.api.Test;

/**
 * A document's marked text ({@link DocumentPage#marked}) is made in one pass; it must be the text
 * its definition gives: each piece between passage ends marked when some passage covers it, the
 * first passage starting there naming the mark (the others an empty target before it), and the
 * number of each passage ending there after it. The definition is written out here as it was
 * written before, going through every passage for every piece, and compared on generated texts
 * with overlapping, nested, touching, empty and line-crossing passages.
 */
class DocumentMarksTest {
    @Test
    void theOnePassMarkingEqualsTheDefinitionOnGeneratedPassages() {
        Random random = new Random(26);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(200);
            for (int i = 0; i < length; i++) {
                int r = random.nextInt(12);
                text.append(r == 0 ? '\n' : r == 1 ? ' ' : r == 2 ? '<' : r == 3 ? '&' : (char) ('a' + random.nextInt(26)));
            }
            List<Passage> passages = new ArrayList<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                int from = random.nextInt(text.length() + 1);
                int to = Math.min(text.length(), from + random.nextInt(40));
                if (random.nextInt(10) == 0 && !passages.isEmpty()) from = passages.get(0).from();
                passages.add(new Passage("doc", "w" + i, "q", from, to, "", List.of()));
            }
            String t = text.toString();
            assertEquals(definition(t, passages), DocumentPage.marked(t, passages), "text " + t + " passages " + passages);
        }
    }

    /** The marking as first written: every passage looked at for every piece. */
    private static String definition(String text, List<Passage> passages) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Passage p : passages) {
            cuts.add(p.from());
            cuts.add(p.to());
        }
        StringBuilder html = new StringBuilder();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (lineEnd > lineStart && !text.substring(lineStart, lineEnd).isBlank()) {
                html.append("<p>");
                int at = lineStart;
                while (at < lineEnd) {
                    Integer next = cuts.higher(at);
                    int end = next == null ? lineEnd : Math.min(next, lineEnd);
                    segment(html, text, at, end, passages);
                    at = end;
                }
                html.append("</p>\n");
            }
            lineStart = lineEnd + 1;
        }
        return html.toString();
    }

    private static void segment(StringBuilder html, String text, int from, int to, List<Passage> passages) {
        String id = null;
        boolean covered = false;
        for (Passage p : passages) {
            if (p.from() <= from && from < p.to()) covered = true;
            if (p.from() == from) {
                if (id == null) {
                    id = p.anchor();
                } else {
                    html.append("<span id=\"").append(p.anchor()).append("\"></span>");
                }
            }
        }
        if (covered) {
            html.append("<mark class=\"passage\"").append(id == null ? "" : " id=\"" + id + "\"").append('>');
        }
        html.append(text.substring(from, to).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;"));
        if (covered) html.append("</mark>");
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            if (p.to() == to) {
                html.append("<a class=\"uses-link\" href=\"#uses-").append(p.anchor()).append("\" aria-label=\"Quoted passage ")
                        .append(i + 1).append(": where the record uses it\"><sup>").append(i + 1).append("</sup></a>");
            }
        }
    }
}
