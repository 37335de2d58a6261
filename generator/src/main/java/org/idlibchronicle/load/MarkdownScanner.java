package org.idlibchronicle.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.markdown.MarkdownSyntax;
import org.idlibchronicle.markdown.PlainText;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.diag.SourcePosition;

/**
 * Parses a Markdown text, once: the tree is kept in the {@link Markdown} for render, with where the
 * text cites sources and links items for the check stage, and its reading text for search.
 */
public final class MarkdownScanner {
    private MarkdownScanner() {}

    /** Parses {@code text}, whose first line is at {@code firstLine}, indented by {@code indent} columns in its file. */
    public static Markdown scan(String text, SourcePosition firstLine, int indent) {
        Document doc = MarkdownSyntax.parser().parse(text);
        Markdown located = new Markdown(text, firstLine, indent, List.of(), List.of(), List.of(), "", null);
        LineStarts lines = new LineStarts(doc.getChars());
        List<Ref> footnotes = new ArrayList<>();
        List<Ref> definitions = new ArrayList<>();
        List<Ref> links = new ArrayList<>();
        new NodeVisitor(
                new VisitHandler<>(Footnote.class, n -> footnotes.add(ref(n.getText().toString(), n, lines, located))),
                new VisitHandler<>(FootnoteBlock.class, n -> {
                    definitions.add(ref(n.getText().toString(), n, lines, located));
                }),
                // Every link and image is recorded but web links: the check stage accepts only
                // item links, and nothing may load from another host.
                new VisitHandler<>(Link.class, n -> {
                    String url = n.getUrl().toString();
                    if (!url.startsWith("http://") && !url.startsWith("https://")) {
                        links.add(ref(url, n, lines, located));
                    }
                }),
                // Reference definitions ([r]: url) and autolinks (<url>) carry URLs too.
                new VisitHandler<>(Reference.class, n -> {
                    String url = n.getUrl().toString();
                    if (!url.startsWith("http://") && !url.startsWith("https://")) links.add(ref(url, n, lines, located));
                }),
                new VisitHandler<>(AutoLink.class, n -> {
                    String url = n.getUrl().toString();
                    if (!url.startsWith("http://") && !url.startsWith("https://")) links.add(ref(url, n, lines, located));
                }),
                new VisitHandler<>(Image.class, n -> links.add(ref("image:" + n.getUrl(), n, lines, located))),
                new VisitHandler<>(ImageRef.class, n -> links.add(ref("image:" + n.getReference(), n, lines, located))))
                .visit(doc);
        return new Markdown(text, firstLine, indent, List.copyOf(footnotes), List.copyOf(definitions),
                List.copyOf(links), text.isBlank() ? "" : PlainText.of(doc), text.isBlank() ? null : doc);
    }

    private static Ref ref(String id, Node n, LineStarts lines, Markdown located) {
        int offset = n.getStartOffset();
        int line = lines.lineOf(offset);
        return new Ref(id, located.positionOf(line, offset - lines.start(line)));
    }

    /**
     * Where each line of a text starts, to turn offsets into lines and columns. Flexmark's own
     * lookups scan the text from the start (the line) and back to the line's start (the column) at
     * each call, which over the references of one long paragraph took time in n².
     */
    static final class LineStarts {
        private final int[] starts;

        LineStarts(CharSequence text) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
            starts = new int[count];
            for (int i = 0, line = 1; i < text.length(); i++) if (text.charAt(i) == '\n') starts[line++] = i + 1;
        }

        /** The 0-based line holding {@code offset}. */
        int lineOf(int offset) {
            int found = java.util.Arrays.binarySearch(starts, offset);
            return found >= 0 ? found : -found - 2;
        }

        int start(int line) {
            return starts[line];
        }
    }
}
