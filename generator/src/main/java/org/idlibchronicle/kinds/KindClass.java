package org.idlibchronicle.kinds;

import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.load.ItemFile;
import org.idlibchronicle.model.Item;

/**
 * What every kind's class has: the kind of the registry it is the behaviour of, and, unless the kind
 * reads its files with code of its own, its files bound to its record by field names.
 */
abstract class KindClass implements KindBehaviour {
    private final ContentKind kind;

    KindClass(ContentKind kind) {
        this.kind = kind;
    }

    @Override
    public final ContentKind kind() {
        return kind;
    }

    /** The file's fields bound to the kind's record by name ({@link ItemFile#bind}): a kind of plain fields needs no reader. */
    @Override
    public Item read(ItemFile file) {
        return (Item) file.bind(kind.type().asSubclass(Record.class));
    }
}
