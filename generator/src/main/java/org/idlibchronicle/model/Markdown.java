package org.idlibchronicle.model;

import java.util.List;
import org.idlibchronicle.diag.SourcePosition;

/**
 * A Markdown text and the references found in it. {@code firstLine} is where the text's first
 * line sits in its file and {@code indent} how far it is indented there (a YAML block scalar),
 * so that a problem at line i, column c of the text can be reported at its place in the file.
 *
 * @param footnotes   every footnote reference {@code [^label]}, in order of appearance
 * @param definitions the footnote definitions {@code [^label]: ...} written in the text
 * @param links       internal links such as {@code place:saraqib}, with the link target as id
 * @param plain       the reading text (link texts kept, footnotes and markup dropped), for search
 */
public record Markdown(String text, SourcePosition firstLine, int indent,
                       List<Ref> footnotes, List<Ref> definitions, List<Ref> links, String plain) {

    public static Markdown empty(SourcePosition at) {
        return new Markdown("", at, 0, List.of(), List.of(), List.of(), "");
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** The file position of a 0-based line and column inside the text. */
    public SourcePosition positionOf(int line, int column) {
        return firstLine.atLine(firstLine.line() + line, indent + column + 1);
    }
}
