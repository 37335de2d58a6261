package org.idlibchronicle.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * The template filter {@code {{ n | count("event") }}}: "1 event", "3 events" (a noun's plural is
 * its singular with an "s", or the second argument: {@code count("entry", "entries")}). Written as
 * "{{ n }} events", the site said "1 events" 116 times, link previews included.
 */
final class CountFilter implements Filter {
    static final class Extension extends AbstractExtension {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("count", new CountFilter());
        }
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("singular", "plural");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        long n = input instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(input));
        String singular = String.valueOf(args.get("singular"));
        Object plural = args.get("plural");
        return of(n, singular, plural == null ? singular + "s" : String.valueOf(plural));
    }

    /** "1 event", "0 events", "3 events". */
    static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
