package org.idlibchronicle.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The Markdown dialect of content files (CommonMark with footnotes and tables), shared by the
 * stage that scans texts for references and the stage that renders them, so both read the
 * same syntax tree.
 */
public final class MarkdownSyntax {
    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), TablesExtension.create()))
            // Raw HTML in content would bypass escaping: treat it as text.
            .set(Parser.HTML_BLOCK_PARSER, false)
            .set(Parser.HTML_BLOCK_DEEP_PARSER, false)
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private MarkdownSyntax() {}

    public static MutableDataSet options() {
        return new MutableDataSet(OPTIONS);
    }

    public static Parser parser() {
        return PARSER;
    }

}
