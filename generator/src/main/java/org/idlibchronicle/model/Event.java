package org.idlibchronicle.model;

import java.util.List;
import org.idlibchronicle.diag.SourcePosition;

/** One dated happening in the record. Its id is its file name and its permanent URL. */
public record Event(String id, SourcePosition origin, String title, EventDate date, String summary,
                    List<Ref> places, List<Ref> actors, List<AgreementLink> agreements,
                    List<String> tags, List<Claim> claims, Markdown body) implements Item {

    @Override
    public String label() {
        return title;
    }

    @Override
    public List<Markdown> texts() {
        return List.of(body);
    }
}
