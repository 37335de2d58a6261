package org.idlibchronicle.link;

import java.util.List;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.model.Event;

/** The claims of one event on one topic; contested when their claimants give different figures. */
public record ClaimSet(Event event, String topic, List<Claim> claims) {

    public boolean contested() {
        return claims.stream().map(c -> c.min().stripTrailingZeros() + "-" + c.max().stripTrailingZeros() + c.unit())
                .distinct().count() > 1;
    }
}
