package org.idlibchronicle.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds quoted passages in one document's text: where a quote occurs (token for token, as
 * {@link PassageTokens} compares them), and, when it does not, the passage of the document it is
 * most likely a slip of, for a "did you mean".
 */
public final class PassageIndex {
    /** A token this frequent in the document says nothing about where a quote comes from. */
    private static final int COMMON = 60;

    private final PassageTokens text;
    private final Map<String, int[]> positions;

    public PassageIndex(String documentText) {
        this.text = PassageTokens.of(documentText);
        Map<String, List<Integer>> at = new HashMap<>();
        List<String> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) at.computeIfAbsent(tokens.get(i), t -> new ArrayList<>()).add(i);
        Map<String, int[]> frozen = new HashMap<>();
        at.forEach((t, list) -> frozen.put(t, list.stream().mapToInt(Integer::intValue).toArray()));
        this.positions = frozen;
    }

    public PassageTokens text() {
        return text;
    }

    /** A passage of the document: tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public record Span(int from, int to) {}

    /** The first place the quote occurs in the document, token for token. */
    public Optional<Span> find(PassageTokens quote) {
        List<String> q = quote.tokens();
        if (q.isEmpty()) return Optional.empty();
        int[] starts = positions.get(q.get(0));
        if (starts == null) return Optional.empty();
        List<String> t = text.tokens();
        for (int s : starts) {
            if (s + q.size() > t.size()) break;
            int k = 1;
            while (k < q.size() && t.get(s + k).equals(q.get(k))) k++;
            if (k == q.size()) return Optional.of(new Span(s, s + q.size()));
        }
        return Optional.empty();
    }

    /**
     * The passage the quote is most likely taken from: each uncommon token of the quote votes for
     * the offset at which it occurs in the document, and the offset with most votes wins (a word
     * changed, added or dropped still leaves most tokens on one diagonal). Empty when no uncommon
     * token of the quote occurs in the document at all.
     */
    public Optional<Span> nearest(PassageTokens quote) {
        List<String> q = quote.tokens();
        Map<Integer, Integer> votes = new HashMap<>();
        for (int j = 0; j < q.size(); j++) {
            int[] at = positions.get(q.get(j));
            if (at == null || at.length > COMMON) continue;
            for (int i : at) votes.merge(i - j, 1, Integer::sum);
        }
        int bestOffset = 0;
        int best = 0;
        for (Map.Entry<Integer, Integer> v : votes.entrySet()) {
            if (v.getValue() > best || v.getValue() == best && v.getKey() < bestOffset) {
                best = v.getValue();
                bestOffset = v.getKey();
            }
        }
        // Two tokens in line are a passage; one shared name is not.
        if (best < Math.min(2, q.size())) return Optional.empty();
        int from = Math.max(0, bestOffset);
        int to = Math.min(text.size(), bestOffset + q.size());
        return from < to ? Optional.of(new Span(from, to)) : Optional.empty();
    }
}
