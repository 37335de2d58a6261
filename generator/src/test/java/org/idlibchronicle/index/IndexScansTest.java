package org.idlibchronicle.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scans of the index find what their definitions as regular expressions find (the compounds
 * and letter-digit words of {@link JoinedForms}, and the raw words of
 * {@link SearchAnalyzer#rawWords}, defined by the analysis chain {@link SearchAnalyzer#RAW}): on
 * every content file of the real site, and on generated strings of letters, digits, marks, name
 * marks, hyphens, spaces, punctuation and characters outside the BMP (seeded: {@code -Djoined.seed=}).
 */
class IndexScansTest {
    private static final String PART = "[\\p{L}\\p{N}\\p{M}" + SearchAnalyzer.NAME_MARKS + "]";
    private static final Pattern COMPOUND = Pattern.compile(PART + "+(?:-" + PART + "+)+");
    private static final Pattern LETTERS_DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}+)(\\p{N}+)(?![\\p{L}\\p{N}])");
    private static final long SEED = Long.getLong("joined.seed", 2419L);

    private static List<String> compoundsByRegex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = COMPOUND.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static List<String> lettersDigitsByRegex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = LETTERS_DIGITS.matcher(text);
        while (m.find()) out.add(m.group(1) + "|" + m.group(2));
        return out;
    }

    private static List<String> lettersDigits(String text) {
        return JoinedForms.lettersDigits(text).stream().map(w -> w[0] + "|" + w[1]).toList();
    }

    private static void same(String text) {
        assertEquals(compoundsByRegex(text), JoinedForms.compounds(text), () -> "compounds of: " + text);
        assertEquals(lettersDigitsByRegex(text), lettersDigits(text), () -> "letter-digit words of: " + text);
        assertEquals(SearchAnalyzer.terms(SearchAnalyzer.RAW, text), SearchAnalyzer.rawWords(text), () -> "raw words of: " + text);
    }

    @Test
    void examples() {
        assertEquals(List.of("Su-24", "al-Nu'man", "Ma'arrat-x-y"), JoinedForms.compounds("a Su-24 at al-Nu'man, a--b -c d- Ma'arrat-x-y"));
        assertEquals(List.of("F|16", "M|4"), lettersDigits("F16 and M4, not 16F, A1B, x2y3 or ab"));
    }

    @Test
    void rawWordsOfPlainTextAreRunsOfLettersAndDigitsAndOthersGoThroughTheChain() {
        assertEquals(List.of("Su", "24", "at", "Saraqib", "½"), SearchAnalyzer.rawWords("Su-24 at Saraqib, ½."));
        assertEquals(List.of("Maarrat", "Syria"), SearchAnalyzer.rawWords("Ma'arrat: Syria's"));
        assertEquals(List.of("Alep"), SearchAnalyzer.rawWords("Ale\u0301p"));
    }

    @Test
    void theScansFindWhatTheRegularExpressionsFindInTheRealContent() throws IOException {
        Path content = Path.of(System.getProperty("project.root", "..")).resolve("content");
        int files = 0;
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                same(Files.readString(file, StandardCharsets.UTF_8));
                files++;
            }
        }
        assertEquals(true, files > 300, "read the real content: " + files + " files");
    }

    @Test
    void theScansFindWhatTheRegularExpressionsFindInGeneratedText() {
        String[] pieces = {"a", "Z", "é", "ع", "я", "7", "٣", "Ⅻ", "½", "\u0301", "\u064e", "'", "\u2019", "\u02bf", "`",
            "-", "-", "-", " ", " ", ",", ".", "_", "\n", "\ud83d\ude00"};
        // No letters or digits outside the BMP: the regular expression's look-behind steps back one
        // UTF-16 unit, half of such a character, where the scan reads whole code points.
        for (int i = 0; i < 3000; i++) {
            Random random = new Random(SEED + i);
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) text.append(pieces[random.nextInt(pieces.length)]);
            same(text.toString());
        }
    }
}
