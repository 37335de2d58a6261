package org.idlibchronicle.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {
    @TempDir
    Path tmp;
    private final SourcePosition at = SourcePosition.file("content/f.yaml");

    @Test
    void stripsAByteOrderMarkAndNormalisesLineEnds() throws Exception {
        Path f = tmp.resolve("f.yaml");
        Files.write(f, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'a', '\r', '\n', 'b', '\r', 'c'});
        assertEquals("a\nb\nc", TextFile.read(f, at, new Problems()));
    }

    @Test
    void pointsAtTheFirstInvalidByte() throws Exception {
        Path f = tmp.resolve("f.yaml");
        Files.write(f, new byte[] {'a', '\n', 'x', 'y', (byte) 0xff, 'z'});
        Problems p = new Problems();
        assertNull(TextFile.read(f, at, p));
        assertEquals("content/f.yaml:2:3: error: file is not valid UTF-8: save it with UTF-8 encoding",
                p.sorted().get(0).toString());
    }

    @Test
    void multiByteCharactersCountAsOneColumn() throws Exception {
        Path f = tmp.resolve("f.yaml");
        byte[] text = "Erdoğan ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
        bytes[text.length] = (byte) 0xc3;
        Files.write(f, bytes);
        Problems p = new Problems();
        assertNull(TextFile.read(f, at, p));
        assertEquals(9, p.sorted().get(0).position().column());
    }
}
