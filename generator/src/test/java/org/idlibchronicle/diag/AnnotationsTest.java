package org.idlibchronicle.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 27: problems as GitHub annotations, on the file, line and column, with the runner's escapes. */
class AnnotationsTest {
    @Test
    void anErrorBecomesAnAnnotationOnItsLine() {
        Problem p = new Problem(Problem.Severity.ERROR, new SourcePosition("content/events/2020/x.md", 6, 10),
                "unknown place 'sochii' (did you mean 'sochi'?): correct the id");
        assertEquals(Optional.of("::error file=content/events/2020/x.md,line=6,col=10::unknown place 'sochii' (did you"
                + " mean 'sochi'?): correct the id"), Annotations.of(p));
    }

    @Test
    void aWarningWithoutAColumnAndEscapes() {
        Problem p = new Problem(Problem.Severity.WARNING, new SourcePosition("content/a,b.yaml", 3, 0), "100% sure\nnext");
        assertEquals(Optional.of("::warning file=content/a%2Cb.yaml,line=3::100%25 sure%0Anext"), Annotations.of(p));
    }

    @Test
    void aProblemNamingNoFileHasNone() {
        assertTrue(Annotations.of(new Problem(Problem.Severity.ERROR, SourcePosition.file("(generator)"), "x")).isEmpty());
    }
}
