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
        Shape shape = SHAPES.get(type);
        Object[] values = new Object[shape.components.length];
        for (int i = 0; i < values.length; i++) {
            Component c = shape.components[i];
            values[i] = given.containsKey(c.name) ? given.get(c.name)
                    : c.isOrigin ? f.at(at)
                    : value(c, at + "/" + c.field, id, f, text);
        }
        return type.cast(shape.construct(values));
    }

    /**
     * What binding needs of a record type, found once per type: reflection on a record's components
     * and the field names made from them cost more than binding a small item's fields, and a record
     * of 10,000 events binds the same few types some 40,000 times.
     */
    private static final class Shape {
        final Class<?> type;
        final Component[] components;
        final Constructor<?> canonical;

        private Shape(Class<?> type, Component[] components, Constructor<?> canonical) {
            this.type = type;
            this.components = components;
            this.canonical = canonical;
        }

        static Shape of(Class<?> type) {
            RecordComponent[] recordComponents = type.getRecordComponents();
            Component[] components = new Component[recordComponents.length];
            Class<?>[] types = new Class<?>[recordComponents.length];
            for (int i = 0; i < recordComponents.length; i++) {
                components[i] = new Component(recordComponents[i]);
                types[i] = recordComponents[i].getType();
            }
            try {
                return new Shape(type, components, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
            }
        }

        Object construct(Object[] values) {
            try {
                return canonical.newInstance(values);
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot make a " + type.getSimpleName(), e.getCause());
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    /** A record component as binding reads it: its name, its YAML field, its type and element type. */
    private static final class Component {
        final RecordComponent component;
        final String name;
        /** The field it reads: {@code shortName} reads {@code short_name}. */
        final String field;
        final Class<?> raw;
        /** The element type of an {@code Optional} or {@code List}; Object otherwise. */
        final Class<?> element;
        /** The record's {@code origin}: where its mapping is written, not a field. */
        final boolean isOrigin;

        Component(RecordComponent c) {
            this.component = c;
            this.name = c.getName();
            this.field = snakeCase(name);
            this.raw = c.getType();
            this.element = element(c.getGenericType());
            this.isOrigin = name.equals("origin") && raw == SourcePosition.class;
        }
    }

    private static Object value(Component c, String ptr, String id, Fields f, ItemFile text) {
        Class<?> raw = c.raw;
        if (id != null && c.name.equals("id") && raw == String.class) return id;
        if (raw == String.class) return f.text(ptr);
        if (raw == Markdown.class) return text.markdown(ptr);
        if (raw == Ref.class) return f.ref(ptr);
        if (raw == java.math.BigDecimal.class) return f.number(ptr).orElse(null);
        Class<?> element = c.element;
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
        RecordComponent rc = c.component;
        throw new IllegalStateException(rc.getDeclaringRecord().getSimpleName() + "." + rc.getName() + " is a "
                + rc.getGenericType().getTypeName() + ", which fields are not bound to: give the kind a reader of its own");
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
