package org.idlibchronicle.model;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Objects;
import org.idlibchronicle.diag.SourcePosition;

/**
 * A Markdown text, parsed once at load: its syntax tree, and what the check and index stages read
 * from it. {@code firstLine} is where the text's first line sits in its file and {@code indent} how
 * far it is indented there (a YAML block scalar), so that a problem at line i, column c of the
 * text can be reported at its place in the file.
 *
 * <p>Two texts are equal when their text, positions and references are: the tree is made from the
 * text and is left out of {@code equals} (Flexmark's nodes compare by identity).
 *
 * @param footnotes   every footnote reference {@code [^label]}, in order of appearance
 * @param definitions the footnote definitions {@code [^label]: ...} written in the text
 * @param links       internal links such as {@code place:saraqib}, with the link target as id
 * @param plain       the reading text (link texts kept, footnotes and markup dropped), for search
 * @param quotes      the quote of each footnote definition that opens with a quote mark, by label
 *                    ({@link Quote#parse}): the words a citation rests on
 * @param tree        the syntax tree the text was parsed into, which render turns into HTML; null
 *                    for an empty text. Render only reads it (under its lock: a tree carries the
 *                    state of the page being rendered while it is rendered).
 */
public record Markdown(String text, SourcePosition firstLine, int indent,
                       List<Ref> footnotes, List<Ref> definitions, List<Ref> links, String plain, Document tree,
                       java.util.Map<String, Quote> quotes) {

    /** A text whose definitions hold no quotes. */
    public Markdown(String text, SourcePosition firstLine, int indent, List<Ref> footnotes, List<Ref> definitions,
                    List<Ref> links, String plain, Document tree) {
        this(text, firstLine, indent, footnotes, definitions, links, plain, tree, java.util.Map.of());
    }

    public static Markdown empty(SourcePosition at) {
        return new Markdown("", at, 0, List.of(), List.of(), List.of(), "", null);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** The file position of a 0-based line and column inside the text. */
    public SourcePosition positionOf(int line, int column) {
        return firstLine.atLine(firstLine.line() + line, indent + column + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Markdown m && indent == m.indent && text.equals(m.text) && firstLine.equals(m.firstLine)
                && footnotes.equals(m.footnotes) && definitions.equals(m.definitions) && links.equals(m.links)
                && plain.equals(m.plain) && quotes.equals(m.quotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, firstLine, indent, footnotes, definitions, links);
    }

    @Override
    public String toString() {
        return "Markdown[" + firstLine + ": " + text + "]";
    }
}
