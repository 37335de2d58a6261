package org.idlibchronicle.load;

import java.util.List;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.model.Item;

/**
 * How one kind's files become its records. Implemented once per kind ({@code kinds/}), whether by
 * binding fields to the record by name ({@link ItemFile#bind}) or with a reader of its own for what
 * needs more (real dates, claims, provisions); {@link ContentLoader} loops over the kinds it is handed.
 */
public interface KindReading {
    /** The kind whose files these are: its folder, file forms and schema. */
    ContentKind kind();

    /**
     * The record of one file, or null when a value could not be made into one (reported to
     * {@link ItemFile#problems}): the item is then left out and the rest still load.
     */
    Item read(ItemFile file);

    /** The kind's items in the order every stage lists them; by default as read, in path order (by id). */
    default List<Item> ordered(List<Item> items) {
        return items;
    }
}
