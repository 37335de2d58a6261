package org.idlibchronicle.assets;

import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Parser;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.AstRoot;
import org.mozilla.javascript.ast.Comment;
import org.mozilla.javascript.ast.RegExpLiteral;
import org.mozilla.javascript.ast.StringLiteral;
import org.mozilla.javascript.ast.TemplateLiteral;

/**
 * Scripts without their comments and the whitespace between tokens; names and code are kept as
 * written. Mozilla Rhino's parser says where the strings, templates, regular expressions and
 * comments are (the parts a text scan cannot tell apart from code), and it checks the result: the
 * compact text must parse to the same program as the source, else the script is refused.
 *
 * <p>Why not a full minifier: Closure Compiler does not resolve from Maven Central here (its parent
 * POM is not served), YUI Compressor's last release (2013) predates ES2015 and so the {@code u}
 * regular-expression flag search.js uses, and terser would need a JavaScript engine (GraalJS)
 * started in every build. Comments and whitespace are what Lighthouse's
 * {@code unminified-javascript} audit counts.
 */
final class JsMinifier implements Minifier {

    @Override
    public String identity() {
        return "js " + LibraryVersion.holding("org.mozilla.javascript.Parser") + " "
                + LibraryVersion.code(JsMinifier.class, Compaction.class);
    }

    @Override
    public String minify(String path, String source) throws NotMinified {
        AstRoot program = parse(path, source, true);
        String compact = new Compaction(source, literalSpans(program), commentSpans(program)).run();
        String expected = parse(path, source, false).toSource();
        String actual;
        try {
            actual = parse(path, compact, false).toSource();
        } catch (NotMinified e) {
            throw new NotMinified("the compact text does not parse (" + e.getMessage() + ")");
        }
        if (!expected.equals(actual)) throw new NotMinified("the compact text parses to another program");
        return compact;
    }

    private static AstRoot parse(String path, String source, boolean comments) throws NotMinified {
        CompilerEnvirons env = new CompilerEnvirons();
        env.setLanguageVersion(Context.VERSION_ES6);
        env.setRecordingComments(comments);
        env.setRecordingLocalJsDocComments(comments);
        try {
            return new Parser(env).parse(source, path, 1);
        } catch (EvaluatorException e) {
            throw new NotMinified(e.lineNumber() + ":" + e.columnNumber() + ": " + e.details());
        }
    }

    /** Where the string, template and regular expression literals are: copied as written. */
    private static List<int[]> literalSpans(AstRoot program) {
        List<int[]> spans = new ArrayList<>();
        program.visit(node -> {
            if (node instanceof StringLiteral || node instanceof RegExpLiteral || node instanceof TemplateLiteral) {
                spans.add(span(node));
                return false;
            }
            return true;
        });
        return spans;
    }

    private static List<int[]> commentSpans(AstRoot program) {
        List<int[]> spans = new ArrayList<>();
        if (program.getComments() != null) {
            for (Comment c : program.getComments()) spans.add(span(c));
        }
        return spans;
    }

    private static int[] span(AstNode node) {
        int start = node.getAbsolutePosition();
        return new int[] {start, start + node.getLength()};
    }
}
