package org.idlibchronicle.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Quote;

/**
 * Warns of a flattened statement: an event's title or summary that states as fact what the passage
 * carrying it attributes to someone ("according to SOHR", "was reported", "claimed"). The passage
 * carrying a title is the event's quote sharing most of its words (at least two); the title is
 * flattened when that passage attributes (every such passage, when several tie) and the title does not (no reporting word, no
 * "Speaker: ..." form). An event whose maintainer has reviewed that the document states it in its
 * own voice says so in {@code attribution_reviewed}, and is not warned of.
 */
public final class AttributionLint {
    /** Words that attribute a statement to a speaker; the same list reads quotes and titles. */
    static final Pattern ATTRIBUTES = Pattern.compile("\\b(according to|reported|reportedly|reports?|said|says|say"
            + "|claim(s|ed)?|alleg(ed|edly|es|ation|ations)|accus(e|es|ed|ing)|announc(e|es|ed|ement)|stated|told"
            + "|den(y|ies|ied)|confirm(s|ed)?|estimat(e|es|ed)|counts?|counted|recorded|documented|insist(s|ed)?"
            + "|warned)\\b", Pattern.CASE_INSENSITIVE);
    /** "SOHR: army takes Saraqib": a speaker named before a colon attributes the whole title. */
    private static final Pattern SPEAKER = Pattern.compile("^[^:]{2,60}: ");
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "were", "have", "been", "their",
            "they", "them", "into", "after", "before", "about", "over", "under", "which", "while", "would", "could",
            "there", "the", "and", "for", "was", "has", "had", "its", "his", "her", "not", "but", "also", "more",
            "than", "some", "other", "when", "where", "what", "said", "says", "reported", "according");

    private AttributionLint() {}

    /** Warns of each flattened title and summary; returns how many. */
    public static int run(List<Event> events, Problems problems) {
        int found = 0;
        for (Event e : events) {
            for (Finding f : FINDINGS.computeIfAbsent(e, AttributionLint::findings)) {
                problems.warning(f.at(), f.message());
                found++;
            }
        }
        return found;
    }

    /** A warning of this lint: where, and what to do. */
    private record Finding(SourcePosition at, String message) {}

    /**
     * Each event's findings, remembered by the event record: they depend on nothing else, and the load
     * cache hands back the same record for an unchanged file, so the dev server's rebuild lints the
     * events that changed only (the lint was two thirds of the check stage's time on every edit). The
     * records are held weakly, so an event no build holds any more takes its findings with it.
     */
    private static final Map<Event, List<Finding>> FINDINGS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static List<Finding> findings(Event e) {
        if (e.attributionReviewed().isPresent()) return List.of();
        List<String> quotes = quotes(e);
        if (quotes.isEmpty()) return List.of();
        List<Finding> out = new ArrayList<>();
        // Each quote's words once for both fields.
        List<Set<String>> quoteWords = quotes.stream().map(AttributionLint::words).toList();
        for (String field : List.of("title", "summary")) {
            String value = field.equals("title") ? e.title() : e.summary();
            String carrying = carrying(value, quotes, quoteWords);
            if (carrying != null && !attributes(value)) {
                out.add(new Finding(e.at(field), "the " + field + " states as fact what the passage carrying it"
                        + " attributes: \"" + shortened(carrying) + "\"; attribute it as the body does (\"SOHR: ...\","
                        + " \"..., according to ...\", \"reportedly\"), or, if the document states it in its own"
                        + " voice, say where in 'attribution_reviewed:'"));
            }
        }
        return List.copyOf(out);
    }

    static boolean attributes(String statement) {
        return ATTRIBUTES.matcher(statement).find() || SPEAKER.matcher(statement).find();
    }

    /**
     * The attributed quote carrying the statement: of the quotes sharing most words with it (at least
     * two), the first, if every one of them attributes; null when one of them speaks in the document's
     * own voice (the statement may rest on that one) or none shares enough.
     */
    static String carrying(String statement, List<String> quotes, List<Set<String>> quoteWords) {
        Set<String> words = words(statement);
        List<String> best = new ArrayList<>();
        int bestShared = 2;
        for (int i = 0; i < quotes.size(); i++) {
            String q = quotes.get(i);
            int shared = 0;
            for (String w : quoteWords.get(i)) {
                if (words.contains(w)) shared++;
            }
            if (shared > bestShared || shared == bestShared && best.isEmpty()) {
                best.clear();
                bestShared = shared;
            }
            if (shared == bestShared) best.add(q);
        }
        for (String q : best) {
            if (!ATTRIBUTES.matcher(q).find()) return null;
        }
        return best.isEmpty() ? null : best.get(0);
    }

    private static List<String> quotes(Event e) {
        List<String> out = new ArrayList<>();
        for (Markdown md : e.texts()) md.quotes().values().stream().map(Quote::text).forEach(out::add);
        for (Claim c : e.claims()) c.quote().map(Quote::text).ifPresent(out::add);
        return out;
    }

    /**
     * The words of at least four letters that are not stop words: the runs of letters and numbers
     * ({@code \p{L}}, {@code \p{N}}) of the lower-cased text, found in one pass (a regular
     * expression split was a tenth of a rebuild's time on the real record).
     */
    static Set<String> words(String s) {
        Set<String> out = new java.util.HashSet<>();
        String lower = s.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
            if (isWordChar(cp)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                String w = lower.substring(start, i);
                if (w.length() >= 4 && !STOP.contains(w)) out.add(w);
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static String shortened(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
