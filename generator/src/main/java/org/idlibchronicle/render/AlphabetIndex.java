package org.idlibchronicle.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An A–Z jump list over names already in alphabetical order: the letters that begin a name, each
 * with the name it jumps to (the first with that letter; each letter once). Accents are folded (É files under E), and
 * a name that begins with neither letter nor digit files under "#".
 *
 * @param letters the letters in order, each with the anchor its link targets
 * @param starts  for the first name of each letter, its anchor; absent for the others
 */
public record AlphabetIndex(List<Letter> letters, Map<String, String> starts) {

    /** One entry of the jump list. */
    public record Letter(String letter, String anchor) {}

    public static AlphabetIndex of(List<String> sortedNames) {
        List<Letter> letters = new ArrayList<>();
        Map<String, String> starts = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String name : sortedNames) {
            String letter = letterOf(name);
            // Once per letter: a name sorted out of its run (É after Z in code-point order) is not a second entry.
            if (!seen.add(letter)) continue;
            String anchor = "letter-" + (letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT));
            letters.add(new Letter(letter, anchor));
            starts.put(name, anchor);
        }
        return new AlphabetIndex(List.copyOf(letters), Map.copyOf(starts));
    }

    /** The anchor of this name when it is the first of its letter, else "". */
    public String anchorOf(String name) {
        return starts.getOrDefault(name, "");
    }

    static String letterOf(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (folded.isEmpty()) return "#";
        int c = folded.codePointAt(0);
        return Character.isLetterOrDigit(c) ? new String(Character.toChars(c)).toUpperCase(Locale.ROOT) : "#";
    }
}
