package org.idlibchronicle.load;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Ref;

/**
 * Binds a schema-valid YAML item to a record by its components' names, the way Roq's
 * {@code @DataMapping} binds a data folder: component {@code shortName} reads the field
 * {@code short_name}. {@code id} is the file's id and {@code origin} the file; a {@code String} is
 * the field's text ("" when absent), a {@link Markdown} the text parsed and located in its file, a
 * {@link Ref} a reference located where it is written; {@code Optional} and {@code List} of those
 * are read as such; an {@code Optional} record is a mapping whose keys are bound to its components
 * the same way (its {@code origin} is where the mapping is written), a {@code List} of records a
 * sequence of such mappings, and a {@code BigDecimal} a
 * number. A kind whose fields need more (real dates, nested records, rules across
 * fields) has a reader of its own ({@link KindReading}).
 */
final class RecordBinder {
    private RecordBinder() {}

    /**
     * Binds the components that {@code given} does not name; those it names (by component name)
     * take its values: a reader gives what needs more than a field's text (an event's date, its
     * claims) and lets every other field be bound, so a new plain field needs no reader change.
     */
    static <T extends Record> T bind(Class<T> type, ItemFile file, Map<String, Object> given) {
        return bindAt(type, "", file.id(), file.fields(), file, given);
    }

    /**
     * Binds the mapping at {@code at} ("" for the file) to {@code type}: its {@code origin} is where
     * the mapping is written; {@code id}, when not null, is the item's id (a nested mapping has none).
     */
    private static <T extends Record> T bindAt(Class<T> type, String at, String id, Fields f,
                                               ItemFile text, Map<String, Object> given) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            values[i] = given.containsKey(c.getName()) ? given.get(c.getName())
                    : c.getName().equals("origin") && c.getType() == SourcePosition.class ? f.at(at)
                    : value(c, at + "/" + snakeCase(c.getName()), id, f, text);
        }
        return construct(type, types, values);
    }

    private static <T extends Record> T construct(Class<T> type, Class<?>[] types, Object[] values) {
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e.getCause());
        }
    }

    private static Object value(RecordComponent c, String ptr, String id, Fields f, ItemFile text) {
        Class<?> raw = c.getType();
        if (id != null && c.getName().equals("id") && raw == String.class) return id;
        if (raw == String.class) return f.text(ptr);
        if (raw == Markdown.class) return text.markdown(ptr);
        if (raw == Ref.class) return f.ref(ptr);
        if (raw == java.math.BigDecimal.class) return f.number(ptr).orElse(null);
        Class<?> element = element(c.getGenericType());
        if (raw == Optional.class && element == String.class) return f.optText(ptr);
        if (raw == Optional.class && element == Ref.class) return f.optRef(ptr);
        if (raw == Optional.class && element.isRecord()) {
            return f.has(ptr) ? Optional.of(bindAt(element.asSubclass(Record.class), ptr, null, f, text, Map.of()))
                    : Optional.empty();
        }
        if (raw == List.class && element == String.class) return f.texts(ptr);
        if (raw == List.class && element == Ref.class) return f.refs(ptr);
        if (raw == List.class && element.isRecord()) {
            List<Object> items = new java.util.ArrayList<>();
            for (int i = 0; i < f.size(ptr); i++) {
                items.add(bindAt(element.asSubclass(Record.class), ptr + "/" + i, null, f, text, Map.of()));
            }
            return List.copyOf(items);
        }
        throw new IllegalStateException(c.getDeclaringRecord().getSimpleName() + "." + c.getName() + " is a "
                + c.getGenericType().getTypeName() + ", which fields are not bound to: give the kind a reader of its own");
    }

    private static Class<?> element(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> e) return e;
        return Object.class;
    }

    /** {@code shortName} → {@code short_name}. */
    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
