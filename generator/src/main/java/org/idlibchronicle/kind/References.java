package org.idlibchronicle.kind;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.model.RefersTo;

/**
 * The references an item makes through its {@link RefersTo} fields ({@code Ref}, {@code Optional<Ref>}
 * or {@code List<Ref>}), with the kind each points to. The fields of each record type are looked
 * up once.
 */
public final class References {
    /** One reference: where it was written, and the kind of item it names. */
    public record Reference(ContentKind kind, Ref ref) {}

    private record Field(RecordComponent component, ContentKind kind) {}

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private References() {}

    /** Every reference {@code item} makes, in the order its fields are declared. */
    public static List<Reference> of(Item item) {
        List<Reference> out = new ArrayList<>();
        for (Field f : fields(item.getClass())) {
            Object value = value(f.component(), item);
            if (value instanceof Ref r) out.add(new Reference(f.kind(), r));
            else if (value instanceof Optional<?> o && o.orElse(null) instanceof Ref r) out.add(new Reference(f.kind(), r));
            else if (value instanceof List<?> list) {
                for (Object e : list) if (e instanceof Ref r) out.add(new Reference(f.kind(), r));
            }
        }
        return out;
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            if (t.isRecord()) {
                for (RecordComponent c : t.getRecordComponents()) {
                    RefersTo to = c.getAnnotation(RefersTo.class);
                    if (to != null) fields.add(new Field(c, ContentKind.of(to.value())));
                }
            }
            return List.copyOf(fields);
        });
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
