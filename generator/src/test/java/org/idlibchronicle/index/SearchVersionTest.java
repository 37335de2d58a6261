package org.idlibchronicle.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26: document numbers shift between builds, so the search files of two deploys must never
 * mix. Every file but boot.js lies in a folder named by the hash of them all, which boot.js (the one
 * fixed address) names; the same content gives the same folder, other content another.
 */
class SearchVersionTest {
    private static final String EVENT = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";

    @TempDir
    Path tmp;

    private static String version(Fixture f) throws Exception {
        Matcher m = Pattern.compile("\"version\":\"([0-9a-f]{10})\"").matcher(Files.readString(f.site().resolve("search/boot.js")));
        assertTrue(m.find(), "boot.js names the version");
        return m.group(1);
    }

    private static List<String> searchFiles(Fixture f) throws Exception {
        try (var walk = Files.walk(f.site().resolve("search"))) {
            return walk.filter(Files::isRegularFile).map(p -> f.site().relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void everyFileButBootLiesInTheFolderOfItsVersion() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        String first = version(f);
        List<String> files = searchFiles(f);
        assertTrue(files.size() > 5, files.toString());
        for (String p : files) assertTrue(p.equals("search/boot.js") || p.startsWith("search/" + first + "/"), p);

        f.build();
        assertEquals(first, version(f), "the same content, the same version");

        f.write(EVENT, f.read(EVENT).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                "title: Putin and Erdogan agree on a demilitarized zone"));
        f.build();
        String second = version(f);
        assertNotEquals(first, second, "other content, another version");
        assertFalse(Files.exists(f.site().resolve("search/" + first)), "the last deploy's files are gone with it");
        for (String p : searchFiles(f)) assertTrue(p.equals("search/boot.js") || p.startsWith("search/" + second + "/"), p);
    }
}
