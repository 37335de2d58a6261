package org.idlibchronicle.model;

import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/**
 * A name of a place as a cited gazetteer gives it, copied by tools/geo, never typed: in another
 * script (Arabic: {@code lang} {@code ar}) or another spelling of its Latin name (no {@code lang}:
 * the gazetteer does not say whose spelling it is).
 *
 * @param lang   the BCP 47 tag of its language, when the source tells it: {@code ar}, or
 *               {@code und-Arab} for a name in Arabic letters whose language is not known
 * @param source the gazetteer ({@code geonames})
 * @param id     the entry of the gazetteer that gives the name
 * @param origin where the name is written, for problems with it
 */
public record PlaceName(String name, Optional<String> lang, String source, String id, SourcePosition origin) {

    /** Whether it is written right to left: the Arabic script is. */
    public boolean rightToLeft() {
        return lang.map(l -> l.equals("ar") || l.endsWith("-Arab")).orElse(false);
    }
}
