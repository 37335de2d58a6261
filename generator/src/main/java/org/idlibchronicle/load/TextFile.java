package org.idlibchronicle.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;

/**
 * Reads a content file as strict UTF-8 text with Unix line ends. A UTF-8 byte-order mark and
 * CRLF line ends are accepted (editors on Windows write them) and normalised away, as are the
 * CR-only line ends of old Mac editors; invalid bytes, invisible control characters (see
 * {@link ControlChars}), empty files and oversized files are reported with the position of the fault.
 */
final class TextFile {
    /** Far above any real event (the longest is a few KB); guards the YAML parser's memory. */
    static final int MAX_BYTES = 512 * 1024;

    private TextFile() {}

    /** Returns the text, or null after reporting why it cannot be used. */
    static String read(Path file, SourcePosition at, Problems problems) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            problems.error(at.atLine(1, 1), "file is " + (size / 1024) + " KB; content files may be at most "
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
        int control = ControlChars.first(text);
        if (control >= 0) {
            int more = ControlChars.count(text) - 1;
            problems.error(positionOf(text, control, at), "invisible control character "
                    + ControlChars.name(text.charAt(control)) + " in the text"
                    + (more > 0 ? " (and " + more + " more in this file)" : "")
                    + ": delete it (it often comes from copying out of a PDF or a word processor; "
                    + "pages and the feed cannot carry it)");
            return null;
        }
        if (text.isBlank()) {
            problems.error(at.atLine(1, 1), "file is empty: write the item's fields, or delete the file");
            return null;
        }
        return text;
    }

    /**
     * Finds the line and column of the first invalid byte: the bytes before it are decoded and
     * their lines counted as the text will be (CRLF, CR and LF each end one line).
     */
    private static SourcePosition positionOfBadByte(byte[] bytes, int start, SourcePosition at) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) decoder.flush(out);
        out.flip();
        String before = out.toString().replace("\r\n", "\n").replace('\r', '\n');
        return positionOf(before, before.length(), at);
    }

    /** The line and column (in characters as editors count them) of index {@code i} of a text with Unix line ends. */
    static SourcePosition positionOf(String text, int i, SourcePosition at) {
        String before = text.substring(0, i);
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        String lastLine = before.substring(before.lastIndexOf('\n') + 1);
        return at.atLine(line, lastLine.codePointCount(0, lastLine.length()) + 1);
    }
}
