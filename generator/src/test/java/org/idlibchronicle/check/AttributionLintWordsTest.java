package org.idlibchronicle.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;

/**
 * The lint's words are found in one pass over the code points; they must be the words of its
 * definition, the lower-cased text split at every run of characters that are neither letters nor
 * numbers ({@code [^\p{L}\p{N}]+}), kept from four characters and not stop words. Compared on
 * every line of the record's content and on generated strings of letters, numbers of every kind,
 * marks, punctuation and characters outside the basic plane.
 */
class AttributionLintWordsTest {
    private static final String[] PIECES = {"a", "Z", "é", "ß", "İ", "ı", "ǅ", "ʿ", "ˈ", "\u0301", "1", "٣", "²", "Ⅻ", "½",
        "𝟘", "𐐀", "𝒜", "-", " ", "'", "’", ".", "_", "\u00AD", "\u200D", "ﬁ", "Σ", "ς", "ç", "Ş", "ğ", "ا", "ل", "\t"};

    @Test
    void theOnePassWordsAreTheRegexWordsOnTheRecordAndGeneratedText() throws Exception {
        try (Stream<Path> files = Files.walk(Fixture.REPO.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(file)) assertEquals(definition(line), AttributionLint.words(line), line);
            }
        }
        Random random = new Random(26);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(30);
            for (int j = 0; j < n; j++) s.append(PIECES[random.nextInt(PIECES.length)]);
            assertEquals(definition(s.toString()), AttributionLint.words(s.toString()), s.toString());
        }
    }

    private static Set<String> definition(String s) {
        Set<String> out = new TreeSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) out.add(w);
        }
        return out;
    }

    private static final Set<String> STOP = Set.copyOf(List.of("that", "this", "with", "from", "were", "have", "been",
            "their", "they", "them", "into", "after", "before", "about", "over", "under", "which", "while", "would",
            "could", "there", "the", "and", "for", "was", "has", "had", "its", "his", "her", "not", "but", "also",
            "more", "than", "some", "other", "when", "where", "what", "said", "says", "reported", "according"));
}
