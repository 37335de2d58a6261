package org.idlibchronicle.render;

import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.kind.ContentKind;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.idlibchronicle.diag.ProblemFound;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.render.meta.PageHead;

/** The Pebble templates in {@code templates/}, with HTML autoescaping and strict variables. */
final class PageTemplates {
    private final PebbleEngine engine;
    /** Each asset's site path, by its path under assets/: templates link {@code assets["css/site.css"]}. */
    private final Map<String, String> assetPaths;

    private final Path templatesDir;

    /**
     * The masthead's sections and the search page's type filters, from the kind registry: the same
     * for every page, so made once rather than for each of them.
     */
    private final java.util.List<ContentKind.Nav> navigation = ContentKind.navigation();
    private final java.util.List<ContentKind.SearchType> searchTypes = ContentKind.searchTypes();
    private final java.util.List<ContentKind.SearchType> searchFacets = ContentKind.searchFacetTypes();

    PageTemplates(Path templatesDir, Map<String, String> assetPaths) {
        this.templatesDir = templatesDir;
        this.assetPaths = Map.copyOf(assetPaths);
        FileLoader loader = new FileLoader(templatesDir.toAbsolutePath().toString());
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .extension(new ItemLinkFunction.Extension())
                .extension(new CountFilter.Extension())
                .extension(new ReadableUrlFilter.Extension())
                .extension(new RecordAttributes.Extension())
                .build();
    }

    /** Whether these are the templates of {@code dir} with the assets at {@code paths}. */
    boolean readFrom(Path dir, Map<String, String> paths) {
        return templatesDir.equals(dir) && assetPaths.equals(paths);
    }

    /** The page through {@code template}; {@code site} gives every page its identity and canonical address. */
    String render(String template, Views.Page page, SiteConfig site, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("page", page);
        context.put("site", site);
        context.put("root", page.root());
        context.put("assets", assetPaths);
        context.put("nav", navigation);
        context.put("searchTypes", searchTypes);
        context.put("searchFacets", searchFacets);
        // The 404 page is served at any address, so it names no canonical one.
        String canonical = page.kind().equals("page") && page.path().equals("404.html") ? ""
                : site.absolute(page.path()).orElse("");
        Object jsonLd = model.getOrDefault(PageHead.JSON_LD, "");
        @SuppressWarnings("unchecked")
        java.util.Optional<org.idlibchronicle.plan.SocialCard> card = (java.util.Optional<org.idlibchronicle.plan.SocialCard>)
                model.getOrDefault(PageHead.CARD, java.util.Optional.empty());
        context.put("head", PageHead.of(canonical, page.kind(), String.valueOf(jsonLd), site, page.root(), card));
        PageWriter out = new PageWriter(lengths.getOrDefault(template, 16 * 1024));
        try {
            engine.getTemplate(template).evaluate(out, context);
            lengths.merge(template, out.text.length(), Math::max);
        } catch (PebbleException e) {
            throw templateMistake(template, page.path(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.text.toString();
    }

    /**
     * The longest page each template has made so far: the next page starts with a buffer that
     * size. Pages are tens of kilobytes, written by Pebble in thousands of small pieces, and a
     * {@link StringWriter} (a synchronised buffer of 16 characters, grown by copying) spent a
     * quarter of the template time growing and locking. Only sizes are kept: output is unaffected.
     */
    private final Map<String, Integer> lengths = new java.util.concurrent.ConcurrentHashMap<>();

    /** A writer into a {@link StringBuilder}: one page on one thread, so no locks. */
    private static final class PageWriter extends java.io.Writer {
        final StringBuilder text;

        PageWriter(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /**
     * A template that fails on a page, as a located mistake in {@code templates/}: the template and
     * line Pebble names (an included template's, when the mistake is there), its message without
     * the generator's Java class names, and the page it failed on.
     */
    static ProblemFound templateMistake(String template, String pagePath, PebbleException e) {
        String name = e.getFileName() == null || e.getFileName().isBlank() ? template : e.getFileName();
        int line = e.getLineNumber() == null ? 0 : Math.max(0, e.getLineNumber());
        String message = e.getPebbleMessage() == null ? "the template cannot be evaluated" : e.getPebbleMessage().strip();
        message = JAVA_CLASS.matcher(message).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1).substring(m.group(1).lastIndexOf('.') + 1).replace('$', '.')));
        if (message.endsWith(".")) message = message.substring(0, message.length() - 1);
        return new ProblemFound(new SourcePosition("templates/" + name + ".peb", line, 0),
                "in the template (making " + pagePath + "): " + message + ": fix the template");
    }

    /** A fully qualified Java class name as Pebble quotes it ({@code [org.idlibchronicle.render.Views$EventItem]}). */
    private static final java.util.regex.Pattern JAVA_CLASS = java.util.regex.Pattern.compile(
            "\\b((?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*)");
}
