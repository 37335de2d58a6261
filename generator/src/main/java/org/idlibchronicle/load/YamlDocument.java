package org.idlibchronicle.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.idlibchronicle.diag.SourcePosition;

/**
 * A parsed YAML mapping together with where each value and each key sits in the file.
 * Positions are keyed by JSON Pointer ({@code /claims/0/unit}); a key's own position is under
 * the pointer followed by {@code #key}. Lookups fall back to the nearest enclosing value, so a
 * message about a missing field points at the mapping that lacks it.
 */
public record YamlDocument(JsonNode root, Map<String, SourcePosition> positions, SourcePosition file) {

    public SourcePosition at(String pointer) {
        String p = pointer;
        while (true) {
            SourcePosition found = positions.get(p);
            if (found != null) return found;
            if (p.isEmpty()) return file;
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    public SourcePosition keyAt(String pointer) {
        SourcePosition key = positions.get(pointer + "#key");
        return key != null ? key : at(pointer);
    }
}
