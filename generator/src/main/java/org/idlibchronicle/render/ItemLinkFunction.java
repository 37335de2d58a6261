package org.idlibchronicle.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.idlibchronicle.kind.ItemLink;

/**
 * The template function {@code item("agreement:sochi-2018#dmz")}: the link, relative to the page
 * being rendered, to an item of the record, written as in content ({@code kind:id#anchor}). Templates
 * that present a model directly reach pages through it, so that addresses stay declared once, in
 * the kind registry.
 */
final class ItemLinkFunction implements Function {
    static final class Extension extends AbstractExtension {
        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("item", new ItemLinkFunction());
        }
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("target");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        String target = String.valueOf(args.get("target"));
        ItemLink link = ItemLink.parse(target).orElseThrow(() -> new IllegalArgumentException(
                self.getName() + ".peb:" + lineNumber + ": item(\"" + target + "\") names no kind of the registry"));
        return context.getVariable("root") + link.pagePath();
    }
}
