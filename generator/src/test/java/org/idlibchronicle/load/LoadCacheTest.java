package org.idlibchronicle.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load cache hands back a record only for the very text it was read from. Each test follows
 * the loader's order of calls: {@code get} (a miss), read the file, {@code put} the record.
 */
class LoadCacheTest {
    @TempDir
    Path dir;

    @Test
    void aRecordIsReusedWhileItsFileIsUnchanged() throws Exception {
        Path file = Files.writeString(dir.resolve("sochi.yaml"), "name: Sochi\n");
        LoadCache cache = new LoadCache();
        assertNull(cache.get(file, String.class));
        cache.put(file, Files.readString(file));
        assertEquals("name: Sochi\n", cache.get(file, String.class));
    }

    @Test
    void aFileEditedWhileItWasReadIsReadAgainNextTime() throws Exception {
        Path file = Files.writeString(dir.resolve("sochi.yaml"), "name: Sochi\n");
        LoadCache cache = new LoadCache();
        assertNull(cache.get(file, String.class));
        String parsed = Files.readString(file);
        // The editor saves after the loader read the text and before it stores the record.
        Files.writeString(file, "name: Sotchi, on the Black Sea\n");
        cache.put(file, parsed);
        assertNull(cache.get(file, String.class), "the record of the text before the edit is not reused");
    }
}
