package org.idlibchronicle.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The Pebble templates in {@code templates/}, with HTML autoescaping and strict variables. */
final class PageTemplates {
    private final PebbleEngine engine;
    private final Views.SiteInfo site;

    PageTemplates(Path templatesDir, Views.SiteInfo site) {
        FileLoader loader = new FileLoader(templatesDir.toAbsolutePath().toString());
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
        this.site = site;
    }

    String render(String template, Views.Page page, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("page", page);
        context.put("site", site);
        context.put("root", page.root());
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, context);
        } catch (PebbleException e) {
            throw new TemplateException("templates/" + template + ".peb: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A template fault: a bug in templates/, reported as such rather than as a content error. */
    static final class TemplateException extends RuntimeException {
        TemplateException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
