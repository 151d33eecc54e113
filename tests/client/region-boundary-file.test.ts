// Reading a boundary file on the partner page: the polygons of any GeoJSON shape an
// administrator is likely to have (a bare geometry, a Feature, a FeatureCollection from
// QGIS or mapshaper) become one Polygon or MultiPolygon; nothing else is sent.
import { describe, expect, it } from "vitest";
import { boundaryFromGeoJson } from "../../client/src/features/partners/components/region-boundary-section.tsx";

const ring = (x: number) => [
  [x, 50],
  [x + 1, 50],
  [x + 1, 51],
  [x, 50],
];
const polygon = (x: number) => ({ type: "Polygon", coordinates: [ring(x)] });

describe("a boundary file", () => {
  it("takes a bare Polygon or MultiPolygon as it is", () => {
    expect(boundaryFromGeoJson(JSON.stringify(polygon(80)))).toEqual({ boundary: polygon(80) });
    const multi = { type: "MultiPolygon", coordinates: [[ring(80)], [ring(82)]] };
    expect(boundaryFromGeoJson(JSON.stringify(multi))).toEqual({ boundary: multi });
  });

  it("takes a Feature's geometry, and joins a FeatureCollection's polygons into one MultiPolygon", () => {
    expect(boundaryFromGeoJson(JSON.stringify({ type: "Feature", properties: { name: "Абайская область" }, geometry: polygon(80) }))).toEqual({
      boundary: polygon(80),
    });
    const collection = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: {}, geometry: polygon(80) },
        { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [80, 50] } },
        { type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: [[ring(82)], [ring(84)]] } },
        { type: "Feature", properties: {}, geometry: null },
      ],
    };
    expect(boundaryFromGeoJson(JSON.stringify(collection))).toEqual({ boundary: { type: "MultiPolygon", coordinates: [[ring(80)], [ring(82)], [ring(84)]] } });
  });

  it("says when there is no polygon, and throws on text that is not JSON", () => {
    expect(boundaryFromGeoJson(JSON.stringify({ type: "Point", coordinates: [80, 50] }))).toEqual({ problem: "noPolygon" });
    expect(boundaryFromGeoJson(JSON.stringify({ type: "FeatureCollection", features: [] }))).toEqual({ problem: "noPolygon" });
    expect(() => boundaryFromGeoJson("<kml/>")).toThrow(SyntaxError);
  });
});
