package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordAttributesTest {
    private record Place(String name, int events) {
        /** Not a component: Pebble's own resolver answers for it. */
        public String label() {
            return name + " (" + events + ")";
        }
    }

    private final RecordAttributes attributes = new RecordAttributes();

    private Object read(Object instance, String name, Object[] args) {
        var resolved = attributes.resolve(instance, name, args, null, null, "t.peb", 1);
        return resolved == null ? null : resolved.evaluatedValue;
    }

    @Test
    void aComponentOfARecordIsReadThroughItsAccessor() {
        assertEquals("Saraqib", read(new Place("Saraqib", 3), "name", null));
        assertEquals(3, read(new Place("Saraqib", 3), "events", null));
    }

    @Test
    void everythingElseIsLeftToPebble() {
        assertNull(attributes.resolve(new Place("Saraqib", 3), "label", null, null, null, "t.peb", 1), "a method that is not a component");
        assertNull(attributes.resolve(new Place("Saraqib", 3), "name", new Object[0], null, null, "t.peb", 1), "a call with arguments");
        assertNull(attributes.resolve(Map.of("name", "x"), "name", null, null, null, "t.peb", 1), "a map");
        assertNull(attributes.resolve(null, "name", null, null, null, "t.peb", 1), "nothing");
    }
}
