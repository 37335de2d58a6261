package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Review #16: a printed address shows its letters, not their percent-escapes, and means the same. */
class ReadableUrlFilterTest {
    @Test
    void escapedLettersAreShownAsLetters() {
        assertEquals("https://en.wikipedia.org/wiki/Northwestern_Syria_offensive_(December_2019–March_2020)",
                ReadableUrlFilter.readable("https://en.wikipedia.org/wiki/Northwestern_Syria_offensive_(December_2019%E2%80%93March_2020)"));
        assertEquals("https://tr.wikipedia.org/wiki/Erdoğan", ReadableUrlFilter.readable("https://tr.wikipedia.org/wiki/Erdo%c4%9fan"));
    }

    @Test
    void escapesThatWouldMeanSomethingElseStay() {
        String url = "https://example.org/a%20b/c%2Fd?q=%26x%3D1%25&r=%E2%80";
        assertEquals(url, ReadableUrlFilter.readable(url));
        assertEquals("https://example.org/%", ReadableUrlFilter.readable("https://example.org/%"));
        assertEquals("x%E", ReadableUrlFilter.readable("x%E"));
    }
}
