package org.idlibchronicle.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The template filter {@code {{ url | readableUrl }}}: an address as a reader would type it from
 * paper, its percent-encoded letters shown as letters ({@code December_2019%E2%80%93March_2020} as
 * {@code December_2019–March_2020}). Only escapes of non-ASCII characters that are well-formed
 * UTF-8 are decoded: an escaped space, slash, percent sign or ampersand means something else
 * unescaped, so it stays as it is. The print stylesheet prints it after a link's text.
 */
final class ReadableUrlFilter implements Filter {
    static final class Extension extends AbstractExtension {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("readableUrl", new ReadableUrlFilter());
        }
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        return input == null ? "" : readable(String.valueOf(input));
    }

    static String readable(String url) {
        StringBuilder out = new StringBuilder(url.length());
        int i = 0;
        while (i < url.length()) {
            int end = i;
            ByteBuffer bytes = ByteBuffer.allocate((url.length() - i) / 3 + 1);
            while (end + 2 < url.length() && url.charAt(end) == '%' && highByte(url, end + 1)) {
                bytes.put((byte) Integer.parseInt(url.substring(end + 1, end + 3), 16));
                end += 3;
            }
            if (end == i) {
                out.append(url.charAt(i++));
                continue;
            }
            bytes.flip();
            try {
                out.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes));
            } catch (CharacterCodingException notUtf8) {
                out.append(url, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    /** Whether {@code at} starts two hex digits of a byte of 0x80 or more (part of a non-ASCII character). */
    private static boolean highByte(String s, int at) {
        return "89abcdefABCDEF".indexOf(s.charAt(at)) >= 0 && Character.digit(s.charAt(at + 1), 16) >= 0;
    }
}
