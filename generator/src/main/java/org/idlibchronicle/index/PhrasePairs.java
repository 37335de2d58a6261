package org.idlibchronicle.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiConsumer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * The phrase pairs of the index (two terms that follow each other in a field → the documents where
 * they do), held without an object per pair or per posting: the keys as UTF-8 bytes in Lucene's
 * {@link BytesRefHash} (pooled blocks, an int per key), the postings as singly linked lists in two
 * int arrays. At 100,000 events there are millions of distinct pairs: as a map of strings to lists
 * of boxed integers they took most of a 2 GB heap (about 150 bytes a pair); here about 30.
 *
 * <p>Documents must be added in ascending order (the index adds them as it numbers them), so each
 * pair's list is ascending with no sort, and a document is added once per pair.
 */
final class PhrasePairs {
    private final BytesRefHash keys = new BytesRefHash();
    /** Per pair number: its first and last posting, and how many it has. */
    private int[] head = new int[1024];
    private int[] tail = new int[1024];
    private int[] sizes = new int[1024];
    /** Per posting: its document, and the pair's next posting (-1 at the end). */
    private int[] docs = new int[4096];
    private int[] next = new int[4096];
    private int postings;
    private int lastDoc = -1;
    private final BytesRef scratch = new BytesRef();

    /** Records that {@code doc} has {@code key}; documents come in ascending order, each key once per document. */
    void add(String key, int doc) {
        if (doc < lastDoc) throw new IllegalArgumentException("documents out of order: " + doc + " after " + lastDoc);
        lastDoc = doc;
        int id = keys.add(new BytesRef(key.getBytes(StandardCharsets.UTF_8)));
        boolean isNew = id >= 0;
        if (!isNew) id = -id - 1;
        if (id >= head.length) {
            int grown = Math.max(id + 1, head.length + (head.length >> 1));
            head = Arrays.copyOf(head, grown);
            tail = Arrays.copyOf(tail, grown);
            sizes = Arrays.copyOf(sizes, grown);
        }
        if (postings == docs.length) {
            int grown = docs.length + (docs.length >> 1);
            docs = Arrays.copyOf(docs, grown);
            next = Arrays.copyOf(next, grown);
        }
        int p = postings++;
        docs[p] = doc;
        next[p] = -1;
        if (isNew) head[id] = p;
        else next[tail[id]] = p;
        tail[id] = p;
        sizes[id]++;
    }

    /** How many distinct pairs. */
    int size() {
        return keys.size();
    }

    /** The key of pair {@code id} (0 to {@link #size()} − 1). */
    String key(int id) {
        return keys.get(id, scratch).utf8ToString();
    }

    /** How many documents have pair {@code id}. */
    int documents(int id) {
        return sizes[id];
    }

    /** The documents of pair {@code id}, ascending. */
    int[] docs(int id) {
        int[] out = new int[sizes[id]];
        for (int p = head[id], i = 0; p >= 0; p = next[p]) out[i++] = docs[p];
        return out;
    }

    /** The documents of {@code key}, ascending; none if no document has it. */
    int[] docs(String key) {
        int id = keys.find(new BytesRef(key.getBytes(StandardCharsets.UTF_8)));
        return id < 0 ? new int[0] : docs(id);
    }

    /** Every pair with its documents, in no particular order. */
    void forEach(BiConsumer<String, int[]> action) {
        for (int id = 0; id < size(); id++) action.accept(key(id), docs(id));
    }
}
