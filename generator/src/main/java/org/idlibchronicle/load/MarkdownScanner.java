package org.idlibchronicle.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.markdown.MarkdownSyntax;
import org.idlibchronicle.markdown.PlainText;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.diag.GeneratorFault;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;

/**
 * Parses a Markdown text, once: the tree is kept in the {@link Markdown} for render, with where the
 * text cites sources and links items for the check stage, and its reading text for search.
 */
public final class MarkdownScanner {
    private MarkdownScanner() {}

    /**
     * How deeply a text may nest block quotes, list items, emphasis and links inside each other.
     * The tree is rendered by recursion, one call per level (and Flexmark's parser recurses over a
     * line's markers): a few thousand levels exhaust a thread's stack. Real texts nest a handful.
     */
    static final int MAX_NESTING = 32;

    /**
     * How many times a line may repeat one of the marks {@code - _ *} in a row (spaces between
     * allowed). Flexmark tries such a line as a thematic break with a regular expression that
     * recurses once per mark; a break needs three, real lines hold a few dozen at most.
     */
    static final int MAX_MARK_RUN = 200;

    /**
     * Parses {@code text}, whose first line is at {@code firstLine}, indented by {@code indent}
     * columns in its file. A text nested too deeply to render is reported to {@code problems} and
     * comes back without its tree (or, when it could not even be parsed, without its references).
     */
    public static Markdown scan(String text, SourcePosition firstLine, int indent, Problems problems) {
        Markdown unparsed = new Markdown(text, firstLine, indent, List.of(), List.of(), List.of(), "", null);
        if (text.isBlank()) return unparsed;
        String parsable = withUnparsableLinesBlank(text, unparsed, problems);
        Document doc;
        try {
            doc = MarkdownSyntax.parser().parse(parsable);
        } catch (StackOverflowError tooDeep) {
            // The checks above bound every recursion of the parser known: this is one they missed.
            problems.error(firstLine, GeneratorFault.describe(null, tooDeep));
            return unparsed;
        }
        Markdown scanned = scanned(text, firstLine, indent, doc, problems);
        // A text with a line left out is read for its references only: it is never rendered.
        return parsable == text ? scanned : new Markdown(text, firstLine, indent, scanned.footnotes(),
                scanned.definitions(), scanned.links(), "", null, scanned.quotes());
    }

    private static Markdown scanned(String text, SourcePosition firstLine, int indent, Document doc,
                                    Problems problems) {
        Markdown located = new Markdown(text, firstLine, indent, List.of(), List.of(), List.of(), "", null);
        LineStarts lines = new LineStarts(doc.getChars());
        List<Ref> footnotes = new ArrayList<>();
        List<Ref> definitions = new ArrayList<>();
        List<Ref> links = new ArrayList<>();
        java.util.Map<String, org.idlibchronicle.model.Quote> quotes = new java.util.LinkedHashMap<>();
        // Walked without recursion, so that a tree too deep to render still yields its references
        // (no second error about a text citing nothing).
        for (Node n = doc; n != null; n = following(n, doc)) {
            if (n instanceof Footnote f) {
                footnotes.add(ref(f.getText().toString(), n, lines, located));
            } else if (n instanceof FootnoteBlock f) {
                Ref defined = ref(f.getText().toString(), n, lines, located);
                definitions.add(defined);
                quote(f, lines, located).ifPresent(q -> quotes.putIfAbsent(defined.id(), q));
            } else if (n instanceof Link l) {
                // Every link and image is recorded but web links: the check stage accepts only
                // item links, and nothing may load from another host.
                addUnlessWeb(l.getUrl().toString(), n, lines, located, links);
            } else if (n instanceof Reference r) {
                // Reference definitions ([r]: url) and autolinks (<url>) carry URLs too.
                addUnlessWeb(r.getUrl().toString(), n, lines, located, links);
            } else if (n instanceof com.vladsch.flexmark.ast.MailLink m) {
                // <press@example.org> is a mailto: link: not a web link, so the check refuses it.
                links.add(ref("mailto:" + m.getText(), n, lines, located));
            } else if (n instanceof AutoLink a) {
                addUnlessWeb(a.getUrl().toString(), n, lines, located, links);
            } else if (n instanceof Image i) {
                links.add(ref("image:" + i.getUrl(), n, lines, located));
            } else if (n instanceof ImageRef i) {
                links.add(ref("image:" + i.getReference(), n, lines, located));
            } else if (n instanceof HtmlEntity e) {
                // &#x1; is a control character by another way than typing it: the pages and the
                // feed could not carry it either.
                String decoded = Escaping.unescapeString(e.getChars().toString());
                int bad = ControlChars.first(decoded);
                if (bad >= 0) {
                    problems.error(ref(e.getChars().toString(), n, lines, located).at(), "character reference '"
                            + e.getChars() + "' stands for the invisible control character "
                            + ControlChars.name(decoded.charAt(bad)) + ": delete it");
                }
            }
        }
        Node tooDeep = firstBeyondNestingLimit(doc);
        if (tooDeep != null) {
            int offset = tooDeep.getStartOffset();
            int line = lines.lineOf(offset);
            problems.error(located.positionOf(line, offset - lines.start(line)), "text is nested "
                    + nestingOf(doc) + " levels deep; content may nest at most " + MAX_NESTING
                    + ": block quotes, list items, emphasis and links inside each other count as levels;"
                    + " flatten the text");
            return new Markdown(text, firstLine, indent, List.copyOf(footnotes), List.copyOf(definitions),
                    List.copyOf(links), "", null, java.util.Collections.unmodifiableMap(quotes));
        }
        return new Markdown(text, firstLine, indent, List.copyOf(footnotes), List.copyOf(definitions),
                List.copyOf(links), PlainText.of(doc), doc, java.util.Collections.unmodifiableMap(quotes));
    }

    /** The quote a footnote definition holds: its text after {@code [^label]:}, located where it begins. */
    private static java.util.Optional<org.idlibchronicle.model.Quote> quote(FootnoteBlock f, LineStarts lines,
                                                                           Markdown located) {
        String chars = f.getChars().toString();
        int colon = chars.indexOf("]:");
        if (colon < 0) return java.util.Optional.empty();
        int offset = f.getStartOffset() + colon + 2;
        int line = lines.lineOf(offset);
        return org.idlibchronicle.model.Quote.parse(chars.substring(colon + 2),
                located.positionOf(line, offset - lines.start(line)));
    }

    private static void addUnlessWeb(String url, Node n, LineStarts lines, Markdown located, List<Ref> links) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) links.add(ref(url, n, lines, located));
    }

    /** The node after {@code n} in document order within {@code root}, found without recursion. */
    private static Node following(Node n, Node root) {
        if (n.getFirstChild() != null) return n.getFirstChild();
        while (n != root && n.getNext() == null) n = n.getParent();
        return n == root ? null : n.getNext();
    }

    /** Whether {@code n} opens a level of nesting a writer sees (a list's item is its level, not the list). */
    private static boolean isLevel(Node n) {
        return n instanceof BlockQuote || n instanceof ListItem || !(n instanceof Block) && n.hasChildren();
    }

    private static int levelOf(Node n, Node root) {
        int level = 0;
        for (Node p = n; p != root; p = p.getParent()) if (isLevel(p)) level++;
        return level;
    }

    /** The first node, in document order, nested deeper than {@link #MAX_NESTING}; null when none is. */
    private static Node firstBeyondNestingLimit(Document doc) {
        // Each node's level is its parent's, plus one if it is a level: kept along the walk.
        java.util.Map<Node, Integer> levels = new java.util.IdentityHashMap<>();
        levels.put(doc, 0);
        for (Node n = following(doc, doc); n != null; n = following(n, doc)) {
            int level = levels.get(n.getParent()) + (isLevel(n) ? 1 : 0);
            if (level > MAX_NESTING) return n;
            if (n.hasChildren()) levels.put(n, level);
        }
        return null;
    }

    /** The deepest level of the text, for the message. */
    private static int nestingOf(Document doc) {
        java.util.Map<Node, Integer> levels = new java.util.IdentityHashMap<>();
        levels.put(doc, 0);
        int deepest = 0;
        for (Node n = following(doc, doc); n != null; n = following(n, doc)) {
            int level = levels.get(n.getParent()) + (isLevel(n) ? 1 : 0);
            deepest = Math.max(deepest, level);
            if (n.hasChildren()) levels.put(n, level);
        }
        return deepest;
    }

    /**
     * Reads each line before parsing, for what would overflow the parser itself: the block quote
     * and list markers a line opens ({@code > > - 1.}), and runs of one mark. Each such line is
     * reported and comes back blank (same length, so offsets keep), so that the rest of the text
     * is still read for its references; the text itself when no line is.
     */
    private static String withUnparsableLinesBlank(String text, Markdown located, Problems problems) {
        char[] blanked = null;
        int lineStart = 0;
        for (int line = 0; lineStart <= text.length(); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String problem = lineProblem(text, lineStart, lineEnd);
            if (problem != null) {
                int column = Integer.parseInt(problem.substring(0, problem.indexOf(' ')));
                problems.error(located.positionOf(line, column), problem.substring(problem.indexOf(' ') + 1));
                if (blanked == null) blanked = text.toCharArray();
                java.util.Arrays.fill(blanked, lineStart, lineEnd, ' ');
            }
            lineStart = lineEnd + 1;
        }
        return blanked == null ? text : new String(blanked);
    }

    /** What is wrong with one line, as "column message", or null. */
    private static String lineProblem(String text, int from, int to) {
        int level = 0;
        int i = from;
        int crossedAt = -1;
        while (i < to) {
            while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
            int marker = markerEnd(text, i, to);
            if (marker < 0) break;
            if (++level == MAX_NESTING + 1) crossedAt = i - from;
            i = marker;
        }
        if (crossedAt >= 0) {
            return crossedAt + " text is nested " + level + " levels deep on one line; content may nest at most "
                    + MAX_NESTING + ": block quotes and list items inside each other count as levels; flatten the text";
        }
        for (int j = from; j < to; j++) {
            char mark = text.charAt(j);
            if (mark != '-' && mark != '_' && mark != '*') continue;
            int run = 0;
            int k = j;
            while (k < to && (text.charAt(k) == mark || text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                if (text.charAt(k) == mark) run++;
                k++;
            }
            if (run > MAX_MARK_RUN) {
                return (j - from) + " line repeats '" + mark + "' " + run + " times in a row; content may repeat a"
                        + " mark at most " + MAX_MARK_RUN + " times (a horizontal rule needs 3): shorten the run";
            }
            j = k - 1;
        }
        return null;
    }

    /** The end of a block quote or list marker at {@code i} ({@code >}, {@code - }, {@code 1. }), or -1. */
    private static int markerEnd(String text, int i, int to) {
        if (i >= to) return -1;
        char c = text.charAt(i);
        if (c == '>') return i + 1;
        int after = i;
        if (c == '-' || c == '*' || c == '+') {
            after = i + 1;
        } else {
            while (after < to && after - i < 9 && Character.isDigit(text.charAt(after))) after++;
            if (after == i || after >= to || text.charAt(after) != '.' && text.charAt(after) != ')') return -1;
            after++;
        }
        return after == to || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after : -1;
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
