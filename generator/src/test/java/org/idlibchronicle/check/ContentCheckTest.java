package org.idlibchronicle.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.idlibchronicle.diag.Problem;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.Loaded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCheckTest {
    @TempDir
    Path tmp;

    @Test
    void theFixtureIsClean() {
        Problems p = new Problems();
        Loaded.checked(Fixture.in(tmp).root(), p);
        assertEquals(List.of(), p.sorted());
    }

    @Test
    void aReferenceToAFileThatFailedToLoadIsNotReportedTwice() {
        Fixture f = Fixture.in(tmp);
        f.write("content/places/sochi.yaml", "name: Sochi\nkind: nowhere\ndescription: Broken on purpose.\n");
        Problems p = new Problems();
        Loaded.checked(f.root(), p);
        List<Problem> errors = p.sorted();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).position().path().endsWith("sochi.yaml"));
    }

    @Test
    void aFootnoteLabelCloseToASourceIdGetsASuggestion() {
        Fixture f = Fixture.in(tmp);
        String event = "content/events/2019/2019-02-16-shelling-maarat-al-numan.md";
        f.write(event, f.read(event).replace("two days.[^sohr-2019-02-16]", "two days.[^sohr-2019-02-15]"));
        Problems p = new Problems();
        Loaded.checked(f.root(), p);
        assertTrue(p.sorted().get(0).message().contains("(did you mean 'sohr-2019-02-16'?)"), p.sorted().toString());
    }

    @Test
    void aDefinedNoteThatIsNotASourceIsAccepted() {
        Fixture f = Fixture.in(tmp);
        String event = "content/events/2019/2019-02-16-shelling-maarat-al-numan.md";
        f.write(event, f.read(event) + "A note.[^n1]\n\n[^n1]: The two days are 15 and 16 February.\n");
        Problems p = new Problems();
        Loaded.checked(f.root(), p);
        assertEquals(List.of(), p.sorted());
    }

    @Test
    void oneOutletIsSpelledOneWayAndHasOneKind() {
        Fixture f = Fixture.in(tmp);
        f.write("content/sources/sohr-2019-02-17.yaml",
                "outlet: Syrian Observatory for human rights\nkind: monitor\nvia: enc-idlib-demilitarization\nnote: A second report.\n");
        f.write("content/sources/sohr-2019-02-18.yaml",
                "outlet: Syrian Observatory for Human Rights\nkind: ngo\nvia: enc-idlib-demilitarization\nnote: A third report.\n");
        Problems p = new Problems();
        Loaded.checked(f.root(), p);
        List<String> errors = p.sorted().stream().filter(x -> x.severity() == Problem.Severity.ERROR)
                .map(x -> x.position().path().substring(x.position().path().lastIndexOf('/') + 1) + ": " + x.message()).toList();
        assertEquals(List.of(
                "sohr-2019-02-17.yaml: outlet 'Syrian Observatory for human rights' is spelled 'Syrian Observatory for Human Rights'"
                        + " in source 'sohr-2019-02-16': spell one outlet one way",
                "sohr-2019-02-18.yaml: outlet 'Syrian Observatory for Human Rights' has kind 'ngo' here but 'monitor'"
                        + " in source 'sohr-2019-02-16': give one outlet one kind"), errors);
    }
}
