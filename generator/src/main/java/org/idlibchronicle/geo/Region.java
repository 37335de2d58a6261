package org.idlibchronicle.geo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
                     List<double[]> land, List<double[]> country, List<double[]> coast, List<double[]> borders,
                     Wider wider) {

    /**
     * Where the outline, the city points and the airbases come from, as the captions credit them;
     * {@code airfields} is null in a region made before airbases could be located.
     */
    public record Attribution(String outline, String cities, String airfields) {}

    /**
     * The wider map, for the places of the record beyond the region (where talks were held and
     * agreements signed): a coarser outline of the countries around, in bounds that hold the region.
     *
     * @param name what the wider map shows, as its description names it
     */
    public record Wider(String name, Bounds bounds, List<double[]> land, List<double[]> country, List<double[]> borders) {}

    /** The bounds a place's location may lie in: the wider map's where there is one, else the region's. */
    public Bounds outermost() {
        return wider == null ? bounds : wider.bounds();
    }

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
    Wrong firstProblem() {
        if (!rectangle(bounds)) {
            return new Wrong("/bounds", "'bounds' must be west < east within -180..180 and south < north within -90..90, in degrees");
        }
        Wrong outline = firstProblem("", new String[] {"land", "country", "coast", "borders"},
                java.util.Arrays.asList(land, country, coast, borders));
        if (outline != null) return outline;
        if (wider != null) {
            Bounds w = wider.bounds();
            if (w == null || wider.land() == null) return new Wrong("/wider", "'wider' has no 'bounds' or 'land'");
            if (!rectangle(w) || w.west() > bounds.west() || w.east() < bounds.east() || w.south() > bounds.south()
                    || w.north() < bounds.north()) {
                return new Wrong("/wider/bounds", "'wider.bounds' must be a rectangle in degrees that holds the region's 'bounds'");
            }
            outline = firstProblem("/wider", new String[] {"land", "country", "borders"},
                    java.util.Arrays.asList(wider.land(), wider.country(), wider.borders()));
            if (outline != null) return outline;
        }
        List<City> listed = cities == null ? List.of() : cities;
        for (int i = 0; i < listed.size(); i++) {
            City c = listed.get(i);
            if (c == null || !finite(c.lat(), c.lon())) {
                return new Wrong("/cities/" + i, "a city of 'cities' has no finite latitude and longitude");
            }
        }
        return null;
    }

    private static boolean rectangle(Bounds b) {
        return finite(b.west(), b.south(), b.east(), b.north()) && b.west() >= -180 && b.east() <= 180 && b.south() >= -90
                && b.north() <= 90 && b.west() < b.east() && b.south() < b.north();
    }

    /** The first outline of {@code names} under {@code parent} that is not longitude, latitude pairs. */
    private static Wrong firstProblem(String parent, String[] names, List<List<double[]>> outlines) {
        for (int k = 0; k < names.length; k++) {
            List<double[]> rings = outlines.get(k);
            if (rings == null) continue;
            for (int i = 0; i < rings.size(); i++) {
                double[] ring = rings.get(i);
                String at = parent + "/" + names[k] + "/" + i;
                if (ring == null || ring.length % 2 != 0 || ring.length < 4) {
                    return new Wrong(at, "'" + names[k] + "[" + i + "]' has " + (ring == null ? 0 : ring.length) + " numbers; an outline"
                            + " is longitude, latitude pairs, at least two of them");
                }
                if (!finite(ring)) return new Wrong(at, "'" + names[k] + "[" + i + "]' holds a number that is not finite");
            }
        }
        return null;
    }

    /** A mistake in the file: what is wrong, and where, as a JSON pointer into it. */
    record Wrong(String pointer, String message) {}

    /**
     * Where the value at {@code pointer} starts in {@code json}, as {@code line:col}, or the file's
     * start if the pointer is not found: the bound record does not keep positions, so the file is
     * read again (only when it is wrong).
     */
    static String lineAndColumn(byte[] json, String pointer) {
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            JsonPointer wanted = JsonPointer.compile(pointer);
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME) continue;
                if (parser.getParsingContext().pathAsPointer().equals(wanted)) return at(parser.currentTokenLocation());
            }
        } catch (IOException unreadable) {
            // Read once already; the file's start is still a place to look.
        }
        return "1:1";
    }

    private static String at(JsonLocation loc) {
        return loc == null ? "1:1" : Math.max(1, loc.getLineNr()) + ":" + Math.max(1, loc.getColumnNr());
    }

    private static boolean finite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) return false;
        }
        return true;
    }

    /** Where a record keeps its region, from its root. */
    public static final String FILE = "maps/region.json";
    private static final String REMAKE = "make it again with tools/geo/cut-region.mjs";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** The last region read, with its bytes: an unchanged file gives the same region, so that planned pages stay equal. */
    private static volatile Object[] last = {new byte[0], null};

    /** The region file is not one the maps can draw: what is wrong and where, for the contributor. */
    public static final class Invalid extends Exception {
        private final int line;
        private final int column;

        Invalid(String lineAndColumn, String message) {
            super(message, null, false, false);
            String[] at = lineAndColumn.split(":");
            this.line = Integer.parseInt(at[0]);
            this.column = Integer.parseInt(at[1]);
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /**
     * The region of the record at {@code root}, if it has one.
     *
     * @throws Invalid saying where and why, when the file is not a region
     */
    public static Optional<Region> of(Path root) throws IOException, Invalid {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        byte[] bytes = Files.readAllBytes(file);
        Object[] seen = last;
        if (Arrays.equals((byte[]) seen[0], bytes)) return Optional.of((Region) seen[1]);
        try {
            Region region = JSON.readValue(bytes, Region.class);
            if (region.bounds() == null || region.land() == null) {
                throw new Invalid("1:1", "no 'bounds' or 'land': " + REMAKE);
            }
            Wrong wrong = region.firstProblem();
            if (wrong != null) {
                throw new Invalid(lineAndColumn(bytes, wrong.pointer()), wrong.message() + ": " + REMAKE);
            }
            last = new Object[] {bytes, region};
            return Optional.of(region);
        } catch (JsonProcessingException e) {
            throw new Invalid(at(e.getLocation()), "not a map region (" + e.getOriginalMessage() + "): " + REMAKE);
        }
    }
}
