package org.idlibchronicle.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private final SourcePosition file = SourcePosition.file("content/x.yaml");

    @Test
    void remembersWhereEveryKeyAndValueIs() {
        Problems p = new Problems();
        YamlDocument doc = YamlReader.read("title: A\nclaims:\n  - unit: killed\n    value: 3\n", file, 0, p);
        assertEquals("content/x.yaml:1:8", doc.at("/title").toString());
        assertEquals("content/x.yaml:3:11", doc.at("/claims/0/unit").toString());
        assertEquals("content/x.yaml:4:5", doc.keyAt("/claims/0/value").toString());
        assertEquals(3, doc.root().at("/claims/0/value").asInt());
    }

    @Test
    void aMissingValueFallsBackToItsEnclosingMapping() {
        YamlDocument doc = YamlReader.read("a: 1\nlist:\n  - x: 1\n", file, 0, new Problems());
        assertEquals(doc.at("/list/0"), doc.at("/list/0/missing"));
    }

    @Test
    void linesAreShiftedForFrontMatter() {
        YamlDocument doc = YamlReader.read("title: A\n", file, 1, new Problems());
        assertEquals(2, doc.at("/title").line());
    }

    @Test
    void duplicateKeysAreErrorsNotSilentOverwrites() {
        Problems p = new Problems();
        assertNull(YamlReader.read("a: 1\nb: 2\na: 3\n", file, 0, p));
        assertEquals("content/x.yaml:3:1: error: duplicate key 'a' (first given on line 1): keep only one",
                p.sorted().get(0).toString());
    }

    @Test
    void aListAtTheTopIsRejected() {
        Problems p = new Problems();
        assertNull(YamlReader.read("- a\n- b\n", file, 0, p));
        assertTrue(p.sorted().get(0).message().startsWith("expected a mapping of fields"));
    }
}
