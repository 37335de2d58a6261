package org.idlibchronicle.index;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.util.ResourceLoader;

/** Serves the stop-word list to Lucene's StopFilterFactory from memory, as the file it asks for. */
final class StopWordsLoader implements ResourceLoader {
    private final List<String> words;

    StopWordsLoader(List<String> words) {
        this.words = words;
    }

    @Override
    public InputStream openResource(String resource) {
        return new ByteArrayInputStream(String.join("\n", words).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        try {
            return Class.forName(cname).asSubclass(expectedType);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(cname, e);
        }
    }
}
