package org.idlibchronicle.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The reading text of a content Markdown from its syntax tree: link texts kept, footnotes dropped.
 * Taken at load time from the tree parsed there, so that search indexing need not parse again.
 */
public final class PlainText {
    private PlainText() {}

    /** Made once: {@code String.replaceAll} compiles its pattern on every call, and every text of the record is read here. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    public static String of(Node document) {
        StringBuilder out = new StringBuilder();
        collect(document, out);
        return WHITESPACE.matcher(out).replaceAll(" ").strip();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Footnote || node instanceof FootnoteBlock) return;
        if (node instanceof Text || node instanceof Code) {
            out.append(node instanceof Code c ? c.getText() : node.getChars());
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) collect(child, out);
        // Line breaks and block ends separate words.
        if (node instanceof Block || node.getFirstChild() == null) out.append(' ');
    }
}
