package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.Map;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;

/**
 * The dev server's rebuilds keep the parsed templates (a fresh engine parsed every template again
 * on each edit), until the cache is cleared, which the dev server does when a template changes, or
 * until the assets are named otherwise.
 */
class KeptTemplatesTest {
    private final Path templates = Fixture.REPO.resolve("templates");
    private final Map<String, String> assets = Map.of("css/site.css", "assets/css/site.css");

    @Test
    void rebuildsKeepTheTemplatesUntilTheCacheIsClearedOrTheAssetsChange() {
        RenderCache cache = new RenderCache();
        PageTemplates first = cache.templates(templates, assets);
        assertSame(first, cache.templates(templates, Map.copyOf(assets)), "the next build's");
        assertNotSame(first, cache.templates(templates, Map.of("css/site.css", "assets/css/site.2.css")),
                "assets named otherwise");
        PageTemplates renamed = cache.templates(templates, Map.of("css/site.css", "assets/css/site.2.css"));
        cache.clear();
        assertNotSame(renamed, cache.templates(templates, Map.of("css/site.css", "assets/css/site.2.css")),
                "after a template changed");
    }
}
