package org.idlibchronicle.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser, with its pattern matches made to cost what they match instead of what
 * is left of the paragraph.
 *
 * <p>Flexmark matches each token (a link label, a destination, the spaces after it) with
 * {@code Matcher.toMatchResult()}, which on Java 17 copies the whole matched input into a new
 * string: the input is the rest of the paragraph, so a paragraph of n links took time in n². The
 * result here is read from the matcher itself, which copies nothing; the tree is the same.
 */
public final class LinearInlineParser extends InlineParserImpl {
    /** Makes this parser for every paragraph, in place of Flexmark's own. */
    public static final InlineParserFactory FACTORY = LinearInlineParser::new;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matchHere(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matchHere(re);
        if (matcher == null) return null;
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** The matcher of {@code re} found from the current index, which it then moves past; null when none. */
    private Matcher matchHere(Pattern re) {
        if (index >= input.length()) return null;
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) return null;
        index = matcher.end();
        return matcher;
    }
}
