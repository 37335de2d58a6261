package org.idlibchronicle.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;

/**
 * Reads a content file as strict UTF-8 text with Unix line ends. A UTF-8 byte-order mark and
 * CRLF line ends are accepted (editors on Windows write them) and normalised away; invalid
 * bytes, empty files and oversized files are reported with the position of the fault.
 */
final class TextFile {
    /** Far above any real event (the longest is a few KB); guards the YAML parser's memory. */
    static final int MAX_BYTES = 512 * 1024;

    private TextFile() {}

    /** Returns the text, or null after reporting why it cannot be used. */
    static String read(Path file, SourcePosition at, Problems problems) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            problems.error(at, "file is " + (size / 1024) + " KB; content files may be at most "
                    + (MAX_BYTES / 1024) + " KB: split it into several items");
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            start = 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            problems.error(positionOfBadByte(bytes, start, at),
                    "file is not valid UTF-8: save it with UTF-8 encoding");
            return null;
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            problems.error(at, "file is empty: write the item's fields, or delete the file");
            return null;
        }
        return text;
    }

    /** Finds the line and column of the first invalid byte; the JDK decoder marks it U+FFFD. */
    private static SourcePosition positionOfBadByte(byte[] bytes, int start, SourcePosition at) {
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        int bad = lenient.indexOf('\uFFFD');
        String before = lenient.substring(0, Math.max(bad, 0));
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        String lastLine = before.substring(before.lastIndexOf('\n') + 1);
        return at.atLine(line, lastLine.codePointCount(0, lastLine.length()) + 1);
    }
}
