package org.idlibchronicle.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Quote;
import org.idlibchronicle.model.Ref;

/** Every citation of the record with the words it rests on: each footnote label of each text, and each claim. */
public final class Citations {
    private Citations() {}

    /**
     * One citation: the item and kind citing, the footnote label ({@code sohr-2020-02-06:saraqib}; a
     * claim's is its source id), the source, its quote if written, and where the citation is written.
     */
    public record Cited(ContentKind kind, Item item, String label, String source, Optional<Quote> quote,
                        SourcePosition at, boolean claim) {}

    /** The citations of every item, in registry and file order; a label used twice in one text is one citation. */
    public static List<Cited> of(Content content, Library library) {
        List<Cited> out = new ArrayList<>();
        for (ContentKind kind : ContentKind.values()) {
            for (Item item : content.items(kind)) {
                for (Markdown md : item.texts()) {
                    Set<String> seen = new HashSet<>();
                    for (Ref f : md.footnotes()) {
                        String source = Quote.sourceOf(f.id());
                        if (!library.isSource(source) || !seen.add(f.id())) continue;
                        out.add(new Cited(kind, item, f.id(), source, Optional.ofNullable(md.quotes().get(f.id())), f.at(),
                                false));
                    }
                }
                if (item instanceof Event e) {
                    for (Claim c : e.claims()) {
                        out.add(new Cited(kind, item, c.source().id(), c.source().id(), c.quote(), c.at(), true));
                    }
                }
            }
        }
        return out;
    }
}
