package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.idlibchronicle.plan.PageModel;
import org.junit.jupiter.api.Test;

/**
 * Issue 26: every type of page model has a view of its own, declared in one table; a type without
 * one fails when the renderer loads, where a chain of {@code instanceof} handed its template the bare
 * model without a word.
 */
class PageViewsTest {
    @Test
    void everyTypeOfPageModelHasAView() {
        Set<Class<?>> types = Arrays.stream(PageModel.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(types, Set.copyOf(SiteRenderer.modelsWithAView()));
    }
}
