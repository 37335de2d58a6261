package org.idlibchronicle.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
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
            // A link address may hold one pair of parentheses, not pairs inside pairs: otherwise
            // each "](" of a paragraph scans on to its end looking for the closing one (time in
            // n² over a paragraph of unclosed links). Content links are item ids, which have none.
            .set(Parser.LINKS_ALLOW_MATCHED_PARENTHESES, false)
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS)
            .customInlineParserFactory(LinearInlineParser.FACTORY)
            // Flexmark reads reference definitions ([r]: url) only with its own inline parser
            // unless told to: the same reader, running on ours.
            .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
            .build();

    private MarkdownSyntax() {}

    public static MutableDataSet options() {
        return new MutableDataSet(OPTIONS);
    }

    public static Parser parser() {
        return PARSER;
    }

}
