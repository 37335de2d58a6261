package org.idlibchronicle.assets;

import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.CollectingCSSParseErrorHandler;
import com.helger.css.writer.CSSWriter;
import com.helger.css.writer.CSSWriterSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Stylesheets through ph-css: parsed, then written without comments and whitespace. A stylesheet
 * with any parse error is refused: ph-css would skip what it could not read, as a browser does,
 * and the published file would silently lose rules.
 */
final class CssMinifier implements Minifier {

    @Override
    public String identity() {
        return "css " + LibraryVersion.holding("com.helger.css.reader.CSSReader") + " " + LibraryVersion.code(CssMinifier.class);
    }

    @Override
    public String minify(String path, String source) throws NotMinified {
        CollectingCSSParseErrorHandler errors = new CollectingCSSParseErrorHandler();
        List<String> failures = new ArrayList<>();
        CSSReaderSettings settings = new CSSReaderSettings()
                .setCustomErrorHandler(errors)
                .setCustomExceptionHandler(e -> failures.add(e.getMessage()))
                .setBrowserCompliantMode(false);
        CascadingStyleSheet sheet = CSSReader.readFromStringReader(source, settings);
        if (sheet == null || errors.hasParseErrors() || !failures.isEmpty()) {
            String why = errors.hasParseErrors() ? errors.getAllParseErrors().get(0).getErrorMessage()
                    : failures.isEmpty() ? "it cannot be parsed" : failures.get(0);
            throw new NotMinified(why.strip());
        }
        CSSWriterSettings compact = new CSSWriterSettings(true).setRemoveUnnecessaryCode(true);
        return new CSSWriter(compact).setWriteHeaderText(false).getCSSAsString(sheet);
    }
}
