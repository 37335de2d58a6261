package org.idlibchronicle.render.svg;

import org.idlibchronicle.geo.Region;

/**
 * Degrees to picture units for a small region: equirectangular, a degree of latitude drawn longer
 * than a degree of longitude by one over the cosine of the middle latitude, so that distances look
 * right across the picture (at 36° N a degree of longitude is 0.81 of a degree of latitude).
 *
 * @param perLon units per degree of longitude
 * @param perLat units per degree of latitude
 */
record MapProjection(Region.Bounds view, double width, double height, double perLon, double perLat) {

    /** A projection of {@code view} onto a picture {@code width} units wide. */
    static MapProjection of(Region.Bounds view, double width) {
        double perLon = width / (view.east() - view.west());
        double perLat = perLon / Math.cos(Math.toRadians((view.north() + view.south()) / 2));
        return new MapProjection(view, width, (view.north() - view.south()) * perLat, perLon, perLat);
    }

    double x(double lon) {
        return (lon - view.west()) * perLon;
    }

    double y(double lat) {
        return (view.north() - lat) * perLat;
    }

    /**
     * An outline given as longitude, latitude pairs, as path data; {@code closed} for an area. A unit
     * of these pictures is half a kilometre or more, finer than the simplified outline, so points are
     * whole units and one that rounds onto the one before is left out: the outline on every page
     * stays a few kilobytes.
     */
    String path(double[] lonLat, boolean closed) {
        StringBuilder d = new StringBuilder("M");
        String previous = null;
        for (int i = 0; i < lonLat.length; i += 2) {
            String point = Math.round(x(lonLat[i])) + " " + Math.round(y(lonLat[i + 1]));
            if (point.equals(previous)) continue;
            if (previous != null) d.append(' ');
            d.append(point);
            previous = point;
        }
        return closed ? d.append('Z').toString() : d.toString();
    }
}
