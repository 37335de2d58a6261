package org.idlibchronicle.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies quotes of a document whose text may not be republished. For each run of {@link #N}
 * consecutive tokens of the text ({@link PassageTokens}), in order, it keeps the first 32 bits of
 * the run's SHA-256: a quote occurs in the text when its own runs' fingerprints occur at consecutive
 * positions. The fingerprints hold no readable text, yet any clone can check a quote against them.
 *
 * <p>Written as {@code passage-digests v1 n=5} followed by the fingerprints in hexadecimal, ten
 * to a line. Run {@code java ... org.idlibchronicle.text.PassageDigests FILE} to make them.
 */
public final class PassageDigests {
    /** Tokens per fingerprint: a quote must have at least this many. */
    public static final int N = 5;
    private static final String HEADER = "passage-digests v1 n=" + N;

    private final int[] prints;

    private PassageDigests(int[] prints) {
        this.prints = prints;
    }

    /** The fingerprints of a text. */
    public static PassageDigests of(String text) {
        return new PassageDigests(fingerprints(PassageTokens.of(text).tokens()));
    }

    /** Reads written fingerprints; empty when they are not in the written form. */
    public static Optional<PassageDigests> parse(String written) {
        String[] parts = written.strip().split("\\s+");
        if (parts.length < 3 || !(parts[0] + " " + parts[1] + " " + parts[2]).equals(HEADER)) return Optional.empty();
        int[] prints = new int[parts.length - 3];
        for (int i = 3; i < parts.length; i++) {
            if (!parts[i].matches("[0-9a-f]{8}")) return Optional.empty();
            prints[i - 3] = Integer.parseUnsignedInt(parts[i], 16);
        }
        return Optional.of(new PassageDigests(prints));
    }

    /** The written form. */
    public String written() {
        StringBuilder out = new StringBuilder(HEADER);
        for (int i = 0; i < prints.length; i++) {
            out.append(i % 10 == 0 ? '\n' : ' ').append(String.format("%08x", prints[i]));
        }
        return out.append('\n').toString();
    }

    /** Where the quote's tokens start in the text (in tokens), if the quote occurs there; never for a quote shorter than {@link #N} tokens. */
    public Optional<Integer> find(PassageTokens quote) {
        int[] q = fingerprints(quote.tokens());
        if (q.length == 0) return Optional.empty();
        for (int p = 0; p + q.length <= prints.length; p++) {
            int k = 0;
            while (k < q.length && prints[p + k] == q[k]) k++;
            if (k == q.length) return Optional.of(p);
        }
        return Optional.empty();
    }

    /**
     * The longest part of the quote that occurs in the text, as a span of the quote's tokens: for a
     * "did you mean" that can only say which of the quote's own words are found.
     */
    public Optional<PassageIndex.Span> longestFound(PassageTokens quote) {
        int[] q = fingerprints(quote.tokens());
        int bestFrom = 0;
        int bestLen = 0;
        for (int j = 0; j < q.length; j++) {
            for (int p = 0; p < prints.length; p++) {
                int k = 0;
                while (j + k < q.length && p + k < prints.length && prints[p + k] == q[j + k]) k++;
                if (k > bestLen) {
                    bestLen = k;
                    bestFrom = j;
                }
            }
        }
        return bestLen == 0 ? Optional.empty() : Optional.of(new PassageIndex.Span(bestFrom, bestFrom + bestLen + N - 1));
    }

    private static int[] fingerprints(List<String> tokens) {
        if (tokens.size() < N) return new int[0];
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        int[] out = new int[tokens.size() - N + 1];
        for (int i = 0; i < out.length; i++) {
            sha.reset();
            // U+001F (unit separator) cannot occur in a token: ("ab", "c") and ("a", "bc") differ.
            byte[] h = sha.digest(String.join("\u001F", tokens.subList(i, i + N)).getBytes(StandardCharsets.UTF_8));
            out[i] = (h[0] & 0xff) << 24 | (h[1] & 0xff) << 16 | (h[2] & 0xff) << 8 | (h[3] & 0xff);
        }
        return out;
    }

    /** Prints the written fingerprints of a text file, for a document's {@code digests:} field. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PassageDigests TEXT_FILE");
            System.exit(2);
        }
        System.out.print(of(Files.readString(Path.of(args[0]))).written());
    }
}
