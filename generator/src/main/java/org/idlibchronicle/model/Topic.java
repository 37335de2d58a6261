package org.idlibchronicle.model;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/**
 * An entry of the reader's index: what events are about (the offensive, displacement, a battle).
 * Events name their topics under {@code tags:}; a topic may sit under a broader one ({@code parent})
 * and names the sets of figures ({@code claim_sets}) that belong to it.
 */
public record Topic(String id, SourcePosition origin, String title, List<String> aliases,
                    @RefersTo(Topic.class) Optional<Ref> parent, Markdown description, List<ClaimSetName> claimSets)
        implements Item {

    @Override
    public String label() {
        return title;
    }

    @Override
    public List<Markdown> texts() {
        return List.of(description);
    }
}
