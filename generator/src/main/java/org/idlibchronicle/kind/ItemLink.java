package org.idlibchronicle.kind;

import java.util.Optional;

/**
 * A link from a text to an item of the record: {@code place:saraqib}, {@code event:2020-02-27-balyun},
 * or {@code agreement:sochi-2018#dmz} (a provision of an agreement). This is the one parser of that
 * grammar; the check stage, the link stage and the renderer all read links through it.
 *
 * @param kind   the kind named by the scheme
 * @param id     the item's id
 * @param anchor what follows {@code #}, empty if nothing: for an agreement, a provision id
 */
public record ItemLink(ContentKind kind, String id, String anchor) {

    /** The link a target such as {@code place:saraqib} stands for, if its scheme names a kind. */
    public static Optional<ItemLink> parse(String target) {
        int colon = target.indexOf(':');
        if (colon <= 0) return Optional.empty();
        return ContentKind.byKey(target.substring(0, colon)).map(kind -> {
            String rest = target.substring(colon + 1);
            int hash = rest.indexOf('#');
            return hash < 0 ? new ItemLink(kind, rest, "")
                    : new ItemLink(kind, rest.substring(0, hash), rest.substring(hash + 1));
        });
    }

    /** The anchor of a provision on its agreement's page. */
    public static String provisionAnchor(String provisionId) {
        return "provision-" + provisionId;
    }

    /** The address of a provision: its agreement's page and the provision's anchor. */
    public static String provisionPath(String agreementId, String provisionId) {
        return ContentKind.AGREEMENT.pagePath(agreementId) + "#" + provisionAnchor(provisionId);
    }

    /** The page (and anchor) this link leads to, relative to the site's root. */
    public String pagePath() {
        if (anchor.isEmpty()) return kind.pagePath(id);
        return kind == ContentKind.AGREEMENT ? provisionPath(id, anchor) : kind.pagePath(id);
    }
}
