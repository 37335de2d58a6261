package org.idlibchronicle.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

/**
 * The fixture built once, cleanly, for tests that break content and check that the previous site
 * survives: each copies this site into its own fixture, fails the build, and asserts nothing in it
 * changed.
 *
 * @param root     the checkout it was built from
 * @param site     its built {@code site/}
 * @param snapshot every file of {@code site/} with its bytes
 */
public record GoodSite(Path root, Path site, Map<String, byte[]> snapshot) {

    /** Builds the fixture in {@code dir}. */
    public static GoodSite buildIn(Path dir) throws Exception {
        Fixture good = Fixture.in(dir);
        good.build();
        return new GoodSite(good.root(), good.site(), Fixture.snapshot(good.site()));
    }

    /** A fresh fixture in {@code dir} whose {@code site/} is a copy of this one. */
    public Fixture copyInto(Path dir) {
        Fixture f = Fixture.in(dir);
        Fixture.copyTree(site, f.site());
        return f;
    }

    /** {@code other} holds exactly this site's files, byte for byte; {@code what} names the case. */
    public void assertSameAs(Path other, String what) {
        Map<String, byte[]> after = Fixture.snapshot(other);
        assertEquals(snapshot.keySet(), after.keySet(), what);
        snapshot.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), what + ": " + path));
    }
}
