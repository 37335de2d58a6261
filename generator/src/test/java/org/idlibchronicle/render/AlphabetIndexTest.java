package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sources page's A–Z jump list: one entry per first letter, accents folded, anchors on the first name. */
class AlphabetIndexTest {
    @Test
    void oneLetterPerInitialOnTheFirstNameWithIt() {
        AlphabetIndex index = AlphabetIndex.of(List.of("“Quoted” outlet", "Al Jazeera", "Amnesty International",
                "Enab Baladi", "Médecins Sans Frontières", "Reuters", "élysée"));
        assertEquals(List.of("#", "A", "E", "M", "R"), index.letters().stream().map(AlphabetIndex.Letter::letter).toList());
        assertEquals("letter-other", index.anchorOf("“Quoted” outlet"));
        assertEquals("letter-a", index.anchorOf("Al Jazeera"));
        assertEquals("", index.anchorOf("Amnesty International"));
        assertEquals("letter-m", index.anchorOf("Médecins Sans Frontières"));
        assertEquals("", index.anchorOf("élysée"), "E has its entry already, at Enab Baladi: no second E");
    }
}
