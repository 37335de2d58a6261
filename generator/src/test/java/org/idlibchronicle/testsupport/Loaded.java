package org.idlibchronicle.testsupport;

import java.nio.file.Path;
import org.idlibchronicle.check.ContentCheck;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.Linker;
import org.idlibchronicle.load.ContentLoader;
import org.idlibchronicle.kind.Content;

/** The fixture content run through the first stages, for tests of one later stage. */
public final class Loaded {
    private Loaded() {}

    public static Content content(Path root, Problems problems) {
        return new ContentLoader(root, root.resolve("content"), root.resolve("schemas"), problems).load(org.idlibchronicle.kinds.Kinds.all());
    }

    public static Content checked(Path root, Problems problems) {
        Content c = content(root, problems);
        new ContentCheck(c, problems).run();
        return c;
    }

    /** The fixture, loaded, checked (must be clean) and linked. */
    public static LinkedSite fixtureSite() {
        Problems p = new Problems();
        Content c = new ContentLoader(Fixture.REPO, Fixture.CONTENT, Fixture.REPO.resolve("schemas"), p).load(org.idlibchronicle.kinds.Kinds.all());
        new ContentCheck(c, p).run();
        if (p.hasErrors()) throw new AssertionError("fixture has errors: " + p.sorted());
        return Linker.link(c);
    }
}
