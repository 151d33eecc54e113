import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { addDays, todayIn } from "@atlas/shared/calendar-day";
import { callerWith, callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: { id: string };
let almaty: { id: string };
let by: { id: string };
let timber: { id: string };
let agro: { id: string };

const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  almaty = await c.editor.partner.create({ name: "Алматинская область", level: "REGION", parentId: kz.id, isoCode: "KZ-19" });
  by = await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });
  timber = await db.prisma.sector.create({ data: { code: "timber", name: "Лесная промышленность", nameEn: "Timber" } });
  agro = await db.prisma.sector.create({ data: { code: "agro", name: "Сельское хозяйство", nameEn: "Agriculture" } });
});
afterAll(async () => db?.close());

const timberProject = () => ({
  title: "Совместное деревообрабатывающее производство",
  summary: "Производство с участием казахстанской стороны",
  partnerId: kz.id,
  sectorId: timber.id,
  sites: [
    { name: "ОЭЗ «Вологодская»", latitude: 59.22, longitude: 39.88 },
    { name: "Индустриальный парк «Сокол»", latitude: 59.46, longitude: 40.11, notes: "рядом с ЦБК" },
  ],
});

describe("project", () => {
  it("creates the timber project with two candidate sites and chooses one", async () => {
    const created = await c.editor.project.create(timberProject());
    expect(created.stage).toBe("IDEA");
    expect(created.partner).toMatchObject({ id: kz.id, name: "Республика Казахстан" });
    expect(created.sector).toMatchObject({ id: timber.id, code: "timber" });
    expect(created.sites.map((s) => [s.name, s.status]).sort()).toEqual([
      ["Индустриальный парк «Сокол»", "CANDIDATE"],
      ["ОЭЗ «Вологодская»", "CANDIDATE"],
    ]);
    const sokol = created.sites.find((s) => s.name.includes("Сокол"))!;

    const chosen = await c.editor.project.chooseSite({ id: created.id, version: created.version, siteId: sokol.id });
    expect(chosen.version).toBe(created.version + 1);
    expect(Object.fromEntries(chosen.sites.map((s) => [s.name, s.status]))).toEqual({
      "Индустриальный парк «Сокол»": "CHOSEN",
      "ОЭЗ «Вологодская»": "REJECTED",
    });

    // Changing the decision moves the mark; the old choice is not left CHOSEN.
    const vologodskaya = chosen.sites.find((s) => s.name.includes("Вологодская"))!;
    const changed = await c.editor.project.chooseSite({ id: created.id, version: chosen.version, siteId: vologodskaya.id });
    expect(changed.sites.filter((s) => s.status === "CHOSEN").map((s) => s.name)).toEqual(["ОЭЗ «Вологодская»"]);

    const stale = await failure(c.editor.project.chooseSite({ id: created.id, version: created.version, siteId: sokol.id }));
    expect(stale.code).toBe("CONFLICT");
    const foreign = await failure(c.editor.project.chooseSite({ id: created.id, version: changed.version, siteId: unknownId }));
    expect(foreign.code).toBe("BAD_REQUEST");
    expect(Object.keys(foreign.fieldErrors ?? {})).toEqual(["siteId"]);

    const log = await db.prisma.changeLog.findMany({ where: { entity: "project", recordId: created.id }, orderBy: { at: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["CREATE", "UPDATE", "UPDATE"]);
    expect((log[1]!.changes as Record<string, unknown>).chosenSite).toEqual({ from: null, to: "Индустриальный парк «Сокол»" });
    expect(log.every((l) => l.userId === c.users.editor.id)).toBe(true);
  });

  it("refuses more than one CHOSEN site and duplicate site names, on the site's field", async () => {
    const twoChosen = await failure(
      c.editor.project.create({
        ...timberProject(),
        sites: [
          { name: "Площадка А", status: "CHOSEN" },
          { name: "Площадка Б", status: "CHOSEN" },
        ],
      }),
    );
    expect(twoChosen.code).toBe("BAD_REQUEST");
    expect(Object.keys(twoChosen.fieldErrors ?? {})).toEqual(["sites.1.status"]);

    const sameName = await failure(c.editor.project.create({ ...timberProject(), sites: [{ name: "Парк Сокол" }, { name: "парк  сокол " }] }));
    expect(sameName.code).toBe("BAD_REQUEST");
    expect(Object.keys(sameName.fieldErrors ?? {})).toEqual(["sites.1.name"]);

    const p = await c.editor.project.create({ ...timberProject(), title: "Проект для проверки площадок" });
    const onUpdate = await failure(
      c.editor.project.update({
        id: p.id,
        version: p.version,
        data: { sites: [{ name: "А", status: "CHOSEN" }, { name: "Б" }, { name: "В", status: "CHOSEN" }] },
      }),
    );
    expect(onUpdate.code).toBe("BAD_REQUEST");
    expect(Object.keys(onUpdate.fieldErrors ?? {})).toEqual(["data.sites.2.status"]);
    expect(await db.prisma.projectSite.count({ where: { projectId: p.id } })).toBe(2);
  });

  it("updates fields, replaces sites when given and keeps them when not", async () => {
    const p = await c.editor.project.create({ ...timberProject(), title: "Поставки пеллет" });
    const renamed = await c.editor.project.update({ id: p.id, version: p.version, data: { title: "Поставки древесных пеллет", stage: "SITE_SELECTION" } });
    expect(renamed.sites).toHaveLength(2);
    expect(renamed.stage).toBe("SITE_SELECTION");
    expect((await c.viewer.project.list({ filter: { q: "древесных пеллет" } })).items.map((i) => i.id)).toEqual([p.id]);

    const replaced = await c.editor.project.update({
      id: p.id,
      version: renamed.version,
      data: { sites: [{ name: "Площадка в Череповце", status: "CHOSEN" }], sectorId: null },
    });
    expect(replaced.sites.map((s) => [s.name, s.status])).toEqual([["Площадка в Череповце", "CHOSEN"]]);
    expect(replaced.sector).toBeNull();
    expect(replaced.version).toBe(p.version + 2);

    const log = await db.prisma.changeLog.findFirst({ where: { entity: "project", recordId: p.id, action: "UPDATE" }, orderBy: { at: "desc" } });
    const changes = log!.changes as Record<string, { from: unknown; to: unknown }>;
    expect(Object.keys(changes).sort()).toEqual(["sectorId", "sites"]);
    expect(changes.sectorId).toEqual({ from: timber.id, to: null });
  });

  it("lists with the common filters, stages and sorting", async () => {
    const dairy = await c.editor.project.create({ title: "Молочная продукция для Алматы", partnerId: almaty.id, sectorId: agro.id, stage: "PREPARATION" });
    const minsk = await c.editor.project.create({ title: "Ёлочные игрушки в Минск", partnerId: by.id, stage: "IDEA" });

    const underKz = await c.viewer.project.list({ filter: { countryCodes: ["KZ"] }, limit: 500 });
    expect(underKz.items.map((i) => i.id)).toContain(dairy.id);
    expect(underKz.items.map((i) => i.id)).not.toContain(minsk.id);
    expect(underKz.items.every((i) => i.partner.id === kz.id || i.partner.id === almaty.id)).toBe(true);

    const byPartner = await c.viewer.project.list({ filter: { partnerIds: [almaty.id] } });
    expect(byPartner.items.map((i) => i.id)).toEqual([dairy.id]);
    expect(byPartner.items[0]).toMatchObject({ partner: { id: almaty.id, name: "Алматинская область" }, sector: { id: agro.id, code: "agro" }, sites: [] });

    expect((await c.viewer.project.list({ filter: { sectorIds: [agro.id] } })).items.map((i) => i.id)).toEqual([dairy.id]);
    expect((await c.viewer.project.list({ filter: { stages: ["PREPARATION"] } })).items.map((i) => i.id)).toEqual([dairy.id]);

    // ё/е and case do not matter.
    expect((await c.viewer.project.list({ filter: { q: "ЕЛОЧНЫЕ минск" } })).items.map((i) => i.id)).toEqual([minsk.id]);
    expect((await c.viewer.project.list({ filter: { q: "елочные алматы" } })).total).toBe(0);

    // from/to apply to createdAt, as days of the home calendar (Europe/Moscow by default).
    const today = todayIn("Europe/Moscow");
    expect((await c.viewer.project.list({ filter: { from: addDays(today, 1) } })).total).toBe(0);
    const recent = await c.viewer.project.list({ filter: { from: today, to: today }, limit: 500 });
    expect(recent.items.map((i) => i.id)).toEqual(expect.arrayContaining([dairy.id, minsk.id]));

    const byTitle = await c.viewer.project.list({ sort: { field: "title", direction: "asc" }, limit: 500 });
    // Only titles whose order no collation disputes (М < П < С).
    const at = (title: string) => byTitle.items.findIndex((i) => i.title === title);
    expect(at("Молочная продукция для Алматы")).toBeGreaterThanOrEqual(0);
    expect(at("Молочная продукция для Алматы")).toBeLessThan(at("Поставки древесных пеллет"));
    expect(at("Поставки древесных пеллет")).toBeLessThan(at("Совместное деревообрабатывающее производство"));
    // Default: most recently updated first.
    expect((await c.viewer.project.list({ limit: 1 })).items[0]!.id).toBe(minsk.id);
  });

  it("refuses a stale version with CONFLICT and keeps the first edit", async () => {
    const p = await c.editor.project.create({ ...timberProject(), title: "Проект для конфликта" });
    await c.editor.project.update({ id: p.id, version: p.version, data: { summary: "первая правка" } });
    const stale = await failure(c.editor.project.update({ id: p.id, version: p.version, data: { summary: "вторая правка" } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await c.viewer.project.byId({ id: p.id })).summary).toBe("первая правка");
  });

  it("answers bad input with BAD_REQUEST and field paths", async () => {
    const bad = await failure(c.editor.project.create({ title: " ", partnerId: "не-uuid", stage: "DREAM" as never, sites: [{ name: "Ок", latitude: 120 }] }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["partnerId", "sites.0.latitude", "stage", "title"]);

    const unknownRefs = await failure(c.editor.project.create({ title: "Проект", partnerId: unknownId, sectorId: unknownId, sourceId: unknownId }));
    expect(unknownRefs.code).toBe("BAD_REQUEST");
    expect(Object.keys(unknownRefs.fieldErrors ?? {}).sort()).toEqual(["partnerId", "sectorId", "sourceId"]);

    const p = await c.editor.project.create({ title: "Проект со ссылками", partnerId: kz.id });
    const badUpdate = await failure(c.editor.project.update({ id: p.id, version: p.version, data: { partnerId: unknownId } }));
    expect(badUpdate.code).toBe("BAD_REQUEST");
    expect(Object.keys(badUpdate.fieldErrors ?? {})).toEqual(["data.partnerId"]);

    expect((await failure(c.viewer.project.byId({ id: unknownId }))).code).toBe("NOT_FOUND");
  });

  it("soft-deletes and restores (admin only)", async () => {
    const source = await db.prisma.source.create({ data: { title: "Пресс-релиз о визите посла", kind: "PRESS_RELEASE" } });
    const p = await c.editor.project.create({ ...timberProject(), title: "Проект на удаление", sourceId: source.id });
    expect((await c.viewer.project.byId({ id: p.id })).source).toMatchObject({ id: source.id, kind: "PRESS_RELEASE" });

    expect((await failure(c.editor.project.delete({ id: p.id, version: p.version }))).code).toBe("FORBIDDEN");
    expect((await failure(c.admin.project.delete({ id: p.id, version: p.version + 5 }))).code).toBe("CONFLICT");
    const deleted = await c.admin.project.delete({ id: p.id, version: p.version });
    expect((await failure(c.viewer.project.byId({ id: p.id }))).code).toBe("NOT_FOUND");
    expect((await c.viewer.project.list({ filter: { q: "на удаление" } })).total).toBe(0);
    expect((await failure(c.editor.project.update({ id: p.id, version: deleted.version, data: { title: "x" } }))).code).toBe("NOT_FOUND");

    expect((await failure(c.editor.project.restore({ id: p.id, version: deleted.version }))).code).toBe("FORBIDDEN");
    const restored = await c.admin.project.restore({ id: p.id, version: deleted.version });
    expect(restored.sites).toHaveLength(2);
    expect((await c.viewer.project.list({ filter: { q: "на удаление" } })).items.map((i) => i.id)).toEqual([p.id]);
    expect((await failure(c.admin.project.restore({ id: p.id, version: restored.version }))).code).toBe("CONFLICT");

    const actions = await db.prisma.changeLog.findMany({ where: { entity: "project", recordId: p.id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["CREATE", "DELETE", "RESTORE"]);
  });

  it("lets a viewer read but not create", async () => {
    const denied = await failure(c.viewer.project.create(timberProject()));
    expect(denied.code).toBe("FORBIDDEN");
    expect((await failure(c.anonymous.project.list({}))).code).toBe("UNAUTHORIZED");
    expect((await c.viewer.project.list({})).total).toBeGreaterThan(0);
  });
  it("counts a project entered late in the evening on the home calendar's day", async () => {
    // 21:30 UTC on 30 November is already 1 December in Moscow, still 30 November in New York.
    const late = await c.editor.project.create({ title: "Проект, внесённый поздно вечером", partnerId: by.id });
    await db.prisma.project.update({ where: { id: late.id }, data: { createdAt: new Date("2024-11-30T21:30:00Z") } });
    const ids = async (caller: typeof c.viewer, from: string, to: string) =>
      (await caller.project.list({ filter: { from, to, q: "поздно вечером" } })).items.map((i) => i.id);
    expect(await ids(c.viewer, "2024-12-01", "2024-12-01")).toEqual([late.id]);
    expect(await ids(c.viewer, "2024-11-30", "2024-11-30")).toEqual([]);
    const newYork = callerWith({ db, user: c.users.viewer, timeZone: "America/New_York" }).caller;
    expect(await ids(newYork, "2024-11-30", "2024-11-30")).toEqual([late.id]);
    expect(await ids(newYork, "2024-12-01", "2024-12-01")).toEqual([]);
  });
});
