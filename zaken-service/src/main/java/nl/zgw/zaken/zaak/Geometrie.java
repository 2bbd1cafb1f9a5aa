package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.databind.JsonNode;
import nl.zgw.shared.problem.ValidationException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.postgresql.geometric.PGbox;

import java.util.ArrayList;
import java.util.List;

/**
 * GeoJSON geometries (RFC 7946, the spec's GeoJSONGeometry, coordinates in EPSG:4326) read into
 * JTS for exact spatial tests; the database keeps their bounding box in a {@code box} column with
 * a GiST index for the first, rough selection (no PostGIS).
 */
public final class Geometrie {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Geometrie() {
    }

    /** The geometry of a GeoJSON object; a 400 with code {@code invalid} on {@code field} when it is none. */
    public static Geometry read(String field, JsonNode geojson) {
        try {
            Geometry geometry = geometry(geojson);
            if (!geometry.isValid()) {
                throw new IllegalArgumentException("not a valid geometry");
            }
            return geometry;
        } catch (RuntimeException e) {
            throw ValidationException.of(field, "invalid", "Geen geldige GeoJSON-geometrie: " + e.getMessage() + ".");
        }
    }

    /** The bounding box of a stored zaakgeometrie, or null when there is none (or it cannot be read). */
    public static PGbox bbox(JsonNode geojson) {
        Geometry geometry = stored(geojson);
        if (geometry == null || geometry.isEmpty()) {
            return null;
        }
        Envelope e = geometry.getEnvelopeInternal();
        return new PGbox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    /** A stored zaakgeometrie, read without the checks of input; null when absent or unreadable. */
    public static Geometry stored(JsonNode geojson) {
        if (geojson == null || geojson.isNull() || geojson.isMissingNode()) {
            return null;
        }
        try {
            return geometry(geojson);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static Geometry geometry(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected an object");
        }
        String type = node.path("type").asText("");
        JsonNode c = node.path("coordinates");
        switch (type) {
            case "Point":
                return point(c);
            case "MultiPoint":
                return FACTORY.createMultiPoint(list(c, Geometrie::point).toArray(new Point[0]));
            case "LineString":
                return line(c);
            case "MultiLineString":
                return FACTORY.createMultiLineString(list(c, Geometrie::line).toArray(new LineString[0]));
            case "Polygon":
                return polygon(c);
            case "MultiPolygon":
                return FACTORY.createMultiPolygon(list(c, Geometrie::polygon).toArray(new Polygon[0]));
            case "GeometryCollection":
                return FACTORY.createGeometryCollection(list(node.path("geometries"), Geometrie::geometry)
                        .toArray(new Geometry[0]));
            default:
                throw new IllegalArgumentException("unknown type '" + type + "'");
        }
    }

    private static Point point(JsonNode c) {
        return FACTORY.createPoint(coordinate(c));
    }

    private static LineString line(JsonNode c) {
        return FACTORY.createLineString(coordinates(c, 2));
    }

    private static Polygon polygon(JsonNode c) {
        List<LinearRing> rings = list(c, r -> FACTORY.createLinearRing(coordinates(r, 4)));
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs a ring");
        }
        return FACTORY.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(new LinearRing[0]));
    }

    private static Coordinate[] coordinates(JsonNode c, int minimum) {
        List<Coordinate> out = list(c, Geometrie::coordinate);
        if (out.size() < minimum) {
            throw new IllegalArgumentException("at least " + minimum + " positions needed");
        }
        return out.toArray(new Coordinate[0]);
    }

    private static Coordinate coordinate(JsonNode c) {
        if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            throw new IllegalArgumentException("a position is [x, y]");
        }
        return new Coordinate(c.get(0).asDouble(), c.get(1).asDouble());
    }

    private static <T> List<T> list(JsonNode array, java.util.function.Function<JsonNode, T> item) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("expected a list");
        }
        List<T> out = new ArrayList<>();
        array.forEach(n -> out.add(item.apply(n)));
        return out;
    }
}
