package org.idlibchronicle.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private final SourcePosition at = SourcePosition.file("content/e.md");

    @Test
    void splitsFieldsFromTextAndKnowsWhereTheTextStarts() {
        FrontMatter fm = FrontMatter.split("---\ntitle: A\ndate: 2020-01-01\n---\nBody line\n", at, new Problems());
        assertEquals("title: A\ndate: 2020-01-01\n", fm.yaml());
        assertEquals("Body line\n", fm.body());
        assertEquals(5, fm.bodyFirstLine());
    }

    @Test
    void reportsAMissingClosingLine() {
        Problems p = new Problems();
        assertNull(FrontMatter.split("---\ntitle: A\n", at, p));
        assertEquals(1, p.errorCount());
    }
}
