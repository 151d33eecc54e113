// A region's own boundary: an administrator attaches it where the bundled map data is
// older than the region (Kazakhstan's 2022 oblasts); the map draws it; bad geometry is
// refused with the field named and nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;

// A square around Semey, standing in for the Abai oblast's outline (test geometry, not a survey).
const square = {
  type: "Polygon" as const,
  coordinates: [
    [
      [79.5, 50.0],
      [81.0, 50.0],
      [81.0, 51.0],
      [79.5, 51.0],
      [79.5, 50.0],
    ] as Array<[number, number]>,
  ],
};

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
});
afterAll(async () => db?.close());

async function abai() {
  const kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  return c.editor.partner.create({ name: "Абайская область", level: "REGION", parentId: kz.id, isoCode: "KZ-10" });
}

describe("a region's own boundary", () => {
  it("is attached by an administrator, listed for the map with its ISO code, logged by size, and removed", async () => {
    const region = await abai();
    const set = await c.admin.partner.setBoundary({ id: region.id, version: region.version, boundary: square });
    expect(set).toEqual({ id: region.id, version: region.version + 1, points: 5 });

    expect(await c.viewer.partner.boundaries()).toEqual([{ partnerId: region.id, isoCode: "KZ-10", boundary: square }]);
    expect(await c.admin.partner.boundary({ id: region.id })).toMatchObject({ points: 5, boundary: square, version: region.version + 1 });
    // The partner's own reads stay light: no coordinates in byId.
    expect(await c.viewer.partner.byId({ id: region.id })).not.toHaveProperty("boundary");

    await c.admin.partner.setBoundary({ id: region.id, version: set.version, boundary: null });
    expect(await c.viewer.partner.boundaries()).toEqual([]);
    const log = await db.prisma.changeLog.findMany({ where: { entity: "partner", recordId: region.id, action: "UPDATE" }, orderBy: { at: "asc" } });
    expect(log.map((e) => e.changes)).toEqual([{ boundary: { from: null, to: 5 } }, { boundary: { from: 5, to: null } }]);
  });

  it("needs an administrator: editors, analysts and viewers are refused", async () => {
    const region = await abai();
    for (const caller of [c.editor, c.analyst, c.viewer]) {
      expect((await failure(caller.partner.setBoundary({ id: region.id, version: region.version, boundary: square }))).code).toBe("FORBIDDEN");
    }
  });

  it("refuses bad geometry with the reason, and writes nothing", async () => {
    const region = await abai();
    const refused = async (boundary: unknown) => {
      const f = await failure(c.admin.partner.setBoundary({ id: region.id, version: region.version, boundary } as never));
      expect(f.code).toBe("BAD_REQUEST");
      return Object.values(f.fieldMessages).flat().join(" | ");
    };
    expect(await refused({ type: "Point", coordinates: [80, 50] })).toContain("Polygon или MultiPolygon");
    expect(await refused({ type: "Polygon", coordinates: [] })).toContain("без координат");
    // An open ring and one of three points.
    expect(await refused({ type: "Polygon", coordinates: [square.coordinates[0]!.slice(0, 4)] })).toContain("последняя совпадает с первой");
    expect(
      await refused({
        type: "Polygon",
        coordinates: [
          [
            [80, 50],
            [81, 50],
            [80, 50],
          ],
        ],
      }),
    ).toContain("не меньше четырёх точек");
    // Latitude and longitude swapped past the pole, a string, a NaN-like huge number.
    expect(
      await refused({
        type: "Polygon",
        coordinates: [
          [
            [50, 95],
            [51, 95],
            [51, 96],
            [50, 95],
          ],
        ],
      }),
    ).toContain("широта от −90 до 90");
    expect(
      await refused({
        type: "Polygon",
        coordinates: [
          [
            ["80", 50],
            [81, 50],
            [81, 51],
            ["80", 50],
          ],
        ],
      }),
    ).toContain("пара чисел");
    expect(
      await refused({
        type: "Polygon",
        coordinates: [
          [
            [1e308 * 10, 50],
            [81, 50],
            [81, 51],
            [80, 50],
          ],
        ],
      }),
    ).toContain("пара чисел");
    // Too detailed: 50,001 points.
    const ring = Array.from({ length: 50_000 }, (_, i) => [80 + Math.cos((i / 50_000) * 2 * Math.PI), 50 + Math.sin((i / 50_000) * 2 * Math.PI)]);
    expect(await refused({ type: "Polygon", coordinates: [[...ring, ring[0]]] })).toContain("50 000 точек");

    expect(await c.viewer.partner.boundaries()).toEqual([]);
    expect(await db.prisma.changeLog.count({ where: { entity: "partner", recordId: region.id, action: "UPDATE" } })).toBe(0);
  });

  it("belongs to regions only, and a stale version is a conflict", async () => {
    const region = await abai();
    const city = await c.editor.partner.create({ name: "Семей", level: "CITY", parentId: region.id });
    const f = await failure(c.admin.partner.setBoundary({ id: city.id, version: city.version, boundary: square }));
    expect(f).toMatchObject({ code: "BAD_REQUEST", key: "partner.boundaryNotRegion" });

    await c.admin.partner.setBoundary({ id: region.id, version: region.version, boundary: square });
    expect((await failure(c.admin.partner.setBoundary({ id: region.id, version: region.version, boundary: null }))).code).toBe("CONFLICT");
    expect(await c.viewer.partner.boundaries()).toHaveLength(1);
  });
});
