package eu.cyberstat.reports.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Country outlines for the map, decoded once from the shipped Natural Earth TopoJSON
 * ({@code map/countries-50m.json}) and projected to {@link Laea} kilometres. TopoJSON stores
 * shared borders once as quantised, delta-encoded arcs; a polygon ring lists arc indices,
 * a negative index {@code ~i} meaning arc {@code i} reversed.
 */
public final class CountryShapes {

    private static final String BASE = "/eu/cyberstat/reports/map/";
    /** Features farther than this from Europe are skipped (they would only distort the frame). */
    private static final double MIN_LON = -32;
    private static final double MAX_LON = 60;
    private static final double MIN_LAT = 25;

    private static volatile CountryShapes shipped;

    private final Map<String, Path2D.Double> byGeo;
    private final List<Path2D.Double> background;

    private CountryShapes(Map<String, Path2D.Double> byGeo, List<Path2D.Double> background) {
        this.byGeo = Collections.unmodifiableMap(byGeo);
        this.background = Collections.unmodifiableList(background);
    }

    public static CountryShapes shipped() {
        CountryShapes s = shipped;
        if (s == null) {
            synchronized (CountryShapes.class) {
                if (shipped == null) {
                    shipped = load();
                }
                s = shipped;
            }
        }
        return s;
    }

    /** The projected outline of a country by geo code, or null when the map has none. */
    public Path2D.Double outline(String geo) {
        return byGeo.get(geo);
    }

    public Map<String, Path2D.Double> outlines() {
        return byGeo;
    }

    /** Land outside the mapped geo codes (neighbours for context). */
    public List<Path2D.Double> background() {
        return background;
    }

    private static CountryShapes load() {
        Map<String, String> featureToGeo = readMapping();
        JsonNode topo;
        try (InputStream in = resource("countries-50m.json")) {
            topo = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped country shapes", e);
        }
        double sx = topo.path("transform").path("scale").get(0).asDouble();
        double sy = topo.path("transform").path("scale").get(1).asDouble();
        double tx = topo.path("transform").path("translate").get(0).asDouble();
        double ty = topo.path("transform").path("translate").get(1).asDouble();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topo.get("arcs")) {
            double[][] pts = new double[arc.size()][2];
            long x = 0;
            long y = 0;
            int i = 0;
            for (JsonNode p : arc) {
                x += p.get(0).asLong();
                y += p.get(1).asLong();
                pts[i][0] = x * sx + tx;
                pts[i][1] = y * sy + ty;
                i++;
            }
            arcs.add(pts);
        }
        Map<String, Path2D.Double> byGeo = new LinkedHashMap<>();
        List<Path2D.Double> background = new ArrayList<>();
        for (JsonNode g : topo.path("objects").path("countries").path("geometries")) {
            String key = g.hasNonNull("id") ? g.get("id").asText() : "name:" + g.path("properties").path("name").asText();
            List<JsonNode> polygons = new ArrayList<>();
            if ("Polygon".equals(g.path("type").asText())) {
                polygons.add(g.get("arcs"));
            } else if ("MultiPolygon".equals(g.path("type").asText())) {
                g.get("arcs").forEach(polygons::add);
            }
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    List<double[]> pts = ring(ring, arcs);
                    if (!nearEurope(pts)) {
                        continue;
                    }
                    boolean first = true;
                    for (double[] p : pts) {
                        Point2D.Double q = Laea.project(p[0], p[1]);
                        if (first) {
                            path.moveTo(q.x, q.y);
                            first = false;
                        } else {
                            path.lineTo(q.x, q.y);
                        }
                    }
                    path.closePath();
                }
            }
            if (path.getCurrentPoint() == null) {
                continue;
            }
            String geo = featureToGeo.get(key);
            if (geo != null) {
                byGeo.put(geo, path);
            } else {
                background.add(path);
            }
        }
        return new CountryShapes(byGeo, background);
    }

    private static boolean nearEurope(List<double[]> ring) {
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (double[] p : ring) {
            minLon = Math.min(minLon, p[0]);
            maxLon = Math.max(maxLon, p[0]);
            maxLat = Math.max(maxLat, p[1]);
        }
        return maxLon >= MIN_LON && minLon <= MAX_LON && maxLat >= MIN_LAT;
    }

    private static List<double[]> ring(JsonNode ring, List<double[][]> arcs) {
        List<double[]> pts = new ArrayList<>();
        for (JsonNode idx : ring) {
            int i = idx.asInt();
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            int n = arc.length;
            // Consecutive arcs share their end point: skip the first point of every arc but the first.
            for (int k = pts.isEmpty() ? 0 : 1; k < n; k++) {
                pts.add(i >= 0 ? arc[k] : arc[n - 1 - k]);
            }
        }
        return pts;
    }

    private static Map<String, String> readMapping() {
        Map<String, String> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("geo-shapes.csv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] parts = line.split(",", 2);
                map.put(parts[1].strip(), parts[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read geo-shapes.csv", e);
        }
        return map;
    }

    private static InputStream resource(String name) {
        InputStream in = CountryShapes.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("Map resource missing from the build: " + name);
        }
        return in;
    }
}
