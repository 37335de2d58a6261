package org.idlibchronicle.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (vnu, the engine behind validator.w3.org/nu) run in this JVM over files on
 * disk, with the schema its command line uses for HTML. Errors and fatal errors are collected as
 * {@code file:line:col: message}; warnings (advice such as "consider adding lang") are not errors
 * and are ignored, as the command line does without {@code --Werror}.
 */
public final class HtmlChecker {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    private final Collector collector = new Collector();

    public HtmlChecker() throws Exception {
        validator.setUpMainSchema(HTML_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The errors in one HTML file, each as {@code name:line:col: message}. */
    public List<String> errors(Path file, String name) throws IOException, SAXException {
        collector.start(name);
        validator.checkHtmlFile(file.toFile(), true);
        return collector.take();
    }

    private static final class Collector implements ErrorHandler {
        private final List<String> found = new ArrayList<>();
        private String name = "";

        void start(String name) {
            this.name = name;
            found.clear();
        }

        List<String> take() {
            List<String> out = List.copyOf(found);
            found.clear();
            return out;
        }

        @Override
        public void warning(SAXParseException e) {
            // advice, not an error: vnu's command line exits 0 on warnings too
        }

        @Override
        public void error(SAXParseException e) {
            found.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
