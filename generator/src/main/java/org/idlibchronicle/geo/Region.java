package org.idlibchronicle.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The region a record's maps draw, from its {@code maps/region.json} (made by
 * {@code tools/geo/cut-region.mjs}): its name and bounds, Natural Earth's land, the record's
 * country, coastline and borders cut to them, the cities labelled for orientation and where the
 * country names go. Outlines are flat arrays of longitude, latitude pairs. A record without the
 * file has no maps.
 *
 * @param name    what the maps show, as their descriptions name it ("northwestern Syria ...")
 * @param country the outline of the country the record is about, shaded apart from its neighbours
 */
public record Region(String name, Attribution attribution, Bounds bounds, List<City> cities, List<Area> areas,
                     List<double[]> land, List<double[]> country, List<double[]> coast, List<double[]> borders) {

    /** Where the outline and the city points come from, as the captions credit them. */
    public record Attribution(String outline, String cities) {}

    /** The rectangle drawn, in degrees. */
    public record Bounds(double west, double south, double east, double north) {
        public boolean contains(double lat, double lon) {
            return lat >= south && lat <= north && lon >= west && lon <= east;
        }
    }

    /** A city labelled for orientation, with its GeoNames id. */
    public record City(String name, double lat, double lon, long geonames) {}

    /** Where a country's name is written on the maps: a spot picked by eye inside it. */
    public record Area(String name, double lat, double lon) {}

    /**
     * What makes this not a region the maps can draw, or null: bounds that are not a rectangle on the
     * globe, an outline with an odd number of coordinates (the maps read them in pairs: one odd ring
     * made the first build fail as "a bug in the generator"), or a coordinate that is not a number.
     */
    String firstProblem() {
        Bounds b = bounds;
        if (!finite(b.west(), b.south(), b.east(), b.north()) || b.west() < -180 || b.east() > 180 || b.south() < -90
                || b.north() > 90 || b.west() >= b.east() || b.south() >= b.north()) {
            return "'bounds' must be west < east within -180..180 and south < north within -90..90, in degrees";
        }
        String[] names = {"land", "country", "coast", "borders"};
        List<List<double[]>> outlines = java.util.Arrays.asList(land, country, coast, borders);
        for (int k = 0; k < names.length; k++) {
            List<double[]> rings = outlines.get(k);
            if (rings == null) continue;
            for (int i = 0; i < rings.size(); i++) {
                double[] ring = rings.get(i);
                if (ring == null || ring.length % 2 != 0 || ring.length < 4) {
                    return "'" + names[k] + "[" + i + "]' has " + (ring == null ? 0 : ring.length) + " numbers; an outline"
                            + " is longitude, latitude pairs, at least two of them";
                }
                if (!finite(ring)) return "'" + names[k] + "[" + i + "]' holds a number that is not finite";
            }
        }
        for (City c : cities == null ? List.<City>of() : cities) {
            if (c == null || !finite(c.lat(), c.lon())) return "a city of 'cities' has no finite latitude and longitude";
        }
        return null;
    }

    private static boolean finite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) return false;
        }
        return true;
    }

    /** Where a record keeps its region, from its root. */
    public static final String FILE = "maps/region.json";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** The last region read, with its bytes: an unchanged file gives the same region, so that planned pages stay equal. */
    private static volatile Object[] last = {new byte[0], null};

    /**
     * The region of the record at {@code root}, if it has one.
     *
     * @throws IllegalArgumentException naming the file, when it is not a region
     */
    public static Optional<Region> of(Path root) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        byte[] bytes = Files.readAllBytes(file);
        Object[] seen = last;
        if (Arrays.equals((byte[]) seen[0], bytes)) return Optional.of((Region) seen[1]);
        try {
            Region region = JSON.readValue(bytes, Region.class);
            if (region.bounds() == null || region.land() == null) {
                throw new IllegalArgumentException(FILE + ": no 'bounds' or 'land': make it again with tools/geo/cut-region.mjs");
            }
            String wrong = region.firstProblem();
            if (wrong != null) {
                throw new IllegalArgumentException(FILE + ": " + wrong + ": make it again with tools/geo/cut-region.mjs");
            }
            last = new Object[] {bytes, region};
            return Optional.of(region);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(FILE + ": not a map region (" + e.getOriginalMessage()
                    + "): make it again with tools/geo/cut-region.mjs");
        }
    }
}
