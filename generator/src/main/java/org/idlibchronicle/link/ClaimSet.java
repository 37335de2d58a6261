package org.idlibchronicle.link;

import java.util.List;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.model.ClaimSetName;
import org.idlibchronicle.model.Event;

/**
 * The claims of one event on one topic; contested when their claimants give different figures.
 *
 * @param topic   the set's id, as its claims write it
 * @param name    its heading and unit note, as a topic names it
 * @param namedIn the id of the topic that names it
 */
public record ClaimSet(Event event, String topic, ClaimSetName name, String namedIn, List<Claim> claims) {

    public boolean contested() {
        return claims.stream().map(c -> c.min().stripTrailingZeros() + "-" + c.max().stripTrailingZeros() + c.unit())
                .distinct().count() > 1;
    }

    /**
     * Claimants disagree: the figures differ and more than one claimant gives them. One claimant
     * giving two figures (tanks and transport vehicles; killed and wounded) is not a dispute.
     */
    public boolean disputed() {
        return contested() && claims.stream().map(c -> c.claimant().id()).distinct().count() > 1;
    }
}
