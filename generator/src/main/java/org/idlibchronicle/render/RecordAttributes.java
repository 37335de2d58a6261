package org.idlibchronicle.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a record's component in a template ({@code event.title}) through a method handle made once
 * per record type. Pebble's own resolver finds the same accessor (for a name without arguments it
 * looks for a public method of that name first) but looks it up again on every access: a cache key
 * made, the accessor's parameter types copied and matched, a reflective call; about 3 % of a
 * 10,000-event build's CPU time. Everything else (maps, lists, calls with arguments, names that are
 * not components, records that are also collections or maps, which Pebble searches differently) is
 * left to Pebble.
 */
final class RecordAttributes implements AttributeResolver {
    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    /** A record type's component accessors by component name; empty for any other type. */
    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            if (!type.isRecord() || Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                    || Map.Entry.class.isAssignableFrom(type)) {
                return Map.of();
            }
            Map<String, MethodHandle> accessors = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true); // as Pebble does: a record nested in a class may not be public
                try {
                    accessors.put(c.getName(), MethodHandles.lookup().unreflect(accessor).asType(READ));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + c.getName(), e);
                }
            }
            return Map.copyOf(accessors);
        }
    };

    static final class Extension extends AbstractExtension {
        @Override
        public List<AttributeResolver> getAttributeResolver() {
            return List.of(new RecordAttributes());
        }
    }

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] argumentValues, ArgumentsNode args,
                                     EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || argumentValues != null) return null;
        MethodHandle accessor = ACCESSORS.get(instance.getClass()).get(String.valueOf(attributeName));
        if (accessor == null) return null;
        try {
            return new ResolvedAttribute((Object) accessor.invokeExact(instance));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new PebbleException(e, "Could not call " + attributeName, lineNumber, filename);
        }
    }
}
