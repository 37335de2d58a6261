package org.idlibchronicle.check;

import java.util.HashMap;
import java.util.Map;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.model.Ref;

/**
 * The ids items had before they were renamed ({@code former_ids:}). Each old address gets a page
 * that leads to one current page, so an old id may lead to only one item: it may not be the id of
 * an item of the same kind now (its address is that item's page), nor be declared twice. That it
 * does not fall on another output of the site (an actor's former id {@code index}) is the plan's
 * path-collision check, which sees the redirect pages as planned pages.
 */
final class FormerIds {
    private FormerIds() {}

    static void check(Content content, Problems problems) {
        for (ContentKind kind : ContentKind.values()) {
            Map<String, Item> current = new HashMap<>();
            for (Item item : content.items(kind)) current.putIfAbsent(item.id(), item);
            Map<String, Ref> declared = new HashMap<>();
            for (Item item : content.items(kind)) {
                for (Ref former : item.formerIds()) {
                    Item now = current.get(former.id());
                    if (now != null) {
                        problems.error(former.at(), "former id '" + former.id() + "' is the id of "
                                + (now == item ? "this " + kind.key() : now.origin().path()) + " now, so its address"
                                + " is that page, not a redirect: remove '" + former.id() + "' from former_ids");
                        continue;
                    }
                    Ref first = declared.putIfAbsent(former.id(), former);
                    if (first != null) {
                        problems.error(former.at(), "former id '" + former.id() + "' is declared twice (also at "
                                + first.at() + "): an old address can lead to only one " + kind.key()
                                + ": remove it from one of the two");
                    }
                }
            }
        }
    }
}
