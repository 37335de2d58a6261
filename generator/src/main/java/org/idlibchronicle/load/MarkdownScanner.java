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
        List<Ref> footnotes = new ArrayList<>();
        List<Ref> definitions = new ArrayList<>();
        List<Ref> links = new ArrayList<>();
        new NodeVisitor(
                new VisitHandler<>(Footnote.class, n -> footnotes.add(ref(n.getText().toString(), n, doc, located))),
                new VisitHandler<>(FootnoteBlock.class, n -> {
                    definitions.add(ref(n.getText().toString(), n, doc, located));
                }),
                // Every link and image is recorded but web links: the check stage accepts only
                // item links, and nothing may load from another host.
                new VisitHandler<>(Link.class, n -> {
                    String url = n.getUrl().toString();
                    if (!url.startsWith("http://") && !url.startsWith("https://")) {
                        links.add(ref(url, n, doc, located));
                    }
                }),
                // Reference definitions ([r]: url) and autolinks (<url>) carry URLs too.
                new VisitHandler<>(Reference.class, n -> {
                    String url = n.getUrl().toString();
                    if (!url.startsWith("http://") && !url.startsWith("https://")) links.add(ref(url, n, doc, located));
                }),
                new VisitHandler<>(AutoLink.class, n -> {
                    String url = n.getUrl().toString();
                    if (!url.startsWith("http://") && !url.startsWith("https://")) links.add(ref(url, n, doc, located));
                }),
                new VisitHandler<>(Image.class, n -> links.add(ref("image:" + n.getUrl(), n, doc, located))),
                new VisitHandler<>(ImageRef.class, n -> links.add(ref("image:" + n.getReference(), n, doc, located))))
                .visit(doc);
        return new Markdown(text, firstLine, indent, List.copyOf(footnotes), List.copyOf(definitions),
                List.copyOf(links), text.isBlank() ? "" : PlainText.of(doc), text.isBlank() ? null : doc);
    }

    private static Ref ref(String id, Node n, Document doc, Markdown located) {
        int offset = n.getStartOffset();
        int line = doc.getLineNumber(offset);
        int col = offset - doc.getChars().startOfLine(offset);
        return new Ref(id, located.positionOf(line, col));
    }
}
