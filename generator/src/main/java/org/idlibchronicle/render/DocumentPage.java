package org.idlibchronicle.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.idlibchronicle.link.Passages.Passage;
import org.idlibchronicle.model.SourceDocument;
import org.idlibchronicle.plan.PageModel.DocumentModel;
import org.idlibchronicle.text.Dates;

/**
 * A document's page: its archived text, each line a paragraph, with every passage the record quotes
 * marked ({@code <mark id="w12-20">}, the anchor notes link to) and followed by its number in the
 * list of quoted passages, which names the pages resting on each.
 */
final class DocumentPage {
    private DocumentPage() {}

    static Views.DocumentPage build(DocumentModel m, ViewBuilder v) {
        SourceDocument d = m.document();
        List<Views.QuotedPassage> passages = new ArrayList<>();
        int number = 1;
        for (Passage p : m.passages()) {
            List<Views.Link> used = p.usedBy().stream().map(c -> new Views.Link(c.title(), v.href(c.page()))).toList();
            String fragment = d.url().filter(u -> !p.textFragment().isEmpty()).map(u -> u + "#" + p.textFragment()).orElse("");
            passages.add(new Views.QuotedPassage(number++, p.anchor(), p.quote(), fragment, used));
        }
        return new Views.DocumentPage(d.title(), d.publisher(), d.author().orElse(""),
                d.date().map(Dates::partial).orElse(""), d.url().orElse(""), licence(d.licence()), d.attribution(),
                d.revision(), d.note(), d.text().isPresent(), d.text().map(t -> marked(t, m.passages())).orElse(""),
                passages);
    }

    private static String licence(String key) {
        return switch (key) {
            case "cc-by-sa-4.0" -> "CC BY-SA 4.0";
            case "public-domain" -> "Public domain";
            default -> "Not known: the text is not republished here";
        };
    }

    /** The text as paragraphs (one per line), each quoted passage marked and numbered. */
    static String marked(String text, List<Passage> passages) {
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
                    // a second passage starting here: its anchor is an empty target before the mark
                    html.append("<span id=\"").append(p.anchor()).append("\"></span>");
                }
            }
        }
        if (covered) {
            html.append("<mark class=\"passage\"").append(id == null ? "" : " id=\"" + id + "\"").append('>');
        }
        html.append(escape(text.substring(from, to)));
        if (covered) html.append("</mark>");
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            if (p.to() == to) {
                html.append("<a class=\"uses-link\" href=\"#uses-").append(p.anchor()).append("\" aria-label=\"Quoted passage ")
                        .append(i + 1).append(": where the record uses it\"><sup>").append(i + 1).append("</sup></a>");
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
