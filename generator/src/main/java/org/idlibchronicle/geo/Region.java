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
            last = new Object[] {bytes, region};
            return Optional.of(region);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(FILE + ": not a map region (" + e.getOriginalMessage()
                    + "): make it again with tools/geo/cut-region.mjs");
        }
    }
}
