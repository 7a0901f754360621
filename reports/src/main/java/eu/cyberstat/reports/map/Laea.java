package eu.cyberstat.reports.map;

import java.awt.geom.Point2D;

/**
 * Lambert azimuthal equal-area projection on the sphere, centred at 52°N 10°E like ETRS89-LAEA
 * (EPSG:3035), the projection of Eurostat's maps: areas stay comparable across Europe, which
 * matters on a map shaded by rate. Coordinates in kilometres, y pointing north.
 */
final class Laea {

    private static final double R = 6371.0;
    private static final double LAT0 = Math.toRadians(52);
    private static final double LON0 = Math.toRadians(10);
    private static final double SIN_LAT0 = Math.sin(LAT0);
    private static final double COS_LAT0 = Math.cos(LAT0);

    private Laea() {
    }

    static Point2D.Double project(double lonDeg, double latDeg) {
        double lon = Math.toRadians(lonDeg) - LON0;
        double lat = Math.toRadians(latDeg);
        double sinLat = Math.sin(lat);
        double cosLat = Math.cos(lat);
        double cosLon = Math.cos(lon);
        double denom = 1 + SIN_LAT0 * sinLat + COS_LAT0 * cosLat * cosLon;
        double k = Math.sqrt(2 / Math.max(denom, 1e-12));
        double x = R * k * cosLat * Math.sin(lon);
        double y = R * k * (COS_LAT0 * sinLat - SIN_LAT0 * cosLat * cosLon);
        return new Point2D.Double(x, y);
    }
}
