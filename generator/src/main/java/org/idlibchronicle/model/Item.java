package org.idlibchronicle.model;

import java.util.List;
import org.idlibchronicle.diag.SourcePosition;

/**
 * What every item of the record has, whatever its kind: what the checks, the bibliography and
 * the plan read of any item without knowing its kind. A kind's own fields (an event's places, an
 * agreement's parties) are read by the code that knows the kind.
 */
public interface Item {
    /** Its id: its file name, and its page's address. */
    String id();

    /** Its file, where problems with it as a whole are reported. */
    SourcePosition origin();

    /** Its name as lists and citations show it: an event's title, an agreement's short name. */
    String label();

    /** Its Markdown texts, in reading order: where it cites sources and links other items. */
    List<Markdown> texts();

    /**
     * The ids it had before it was renamed ({@code former_ids:}), each where it is written: the
     * build keeps their addresses working with a page that leads to the current one. None for a
     * kind without the field.
     */
    default List<Ref> formerIds() {
        return List.of();
    }
}
