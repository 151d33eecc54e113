// A person's posts over time: positions with days, the current post worked out from them,
// the post each meeting participant held on the meeting's day (kept when the person's
// posts change later), and the dossier's current and former posts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { caseIds } from "@atlas/db/seed/kazakhstan-case";
import { seedDatabase } from "@atlas/db/seed/seed-database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let region: { id: string };

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  region = await c.editor.partner.create({ name: "Костанайская область", level: "REGION" });
});
afterAll(async () => db?.close());

const acting = { post: "Временно исполняющий обязанности акима", organisation: "Акимат Костанайской области", startsOn: "2023-01-01", endsOn: "2024-06-30" };
const governor = { post: "Аким", organisation: "Акимат Костанайской области", startsOn: "2024-07-01" };
const participantPost = (meeting: { participants: Array<{ personId: string; post: string | null }> }, personId: string) =>
  meeting.participants.find((p) => p.personId === personId)?.post;

describe("people's posts over time", () => {
  it("keeps each meeting's post when the person's posts change, and the dossier lists current and former posts", async () => {
    const person = await c.editor.person.create({ fullName: "Аксакалов Кайрат", side: "PARTNER", partnerId: region.id, positions: [acting, governor] });
    // The current post is the open one; positions come newest first.
    expect(person).toMatchObject({ post: "Аким", organisation: "Акимат Костанайской области" });
    expect(person.positions.map((p) => [p.post, p.startsOn, p.endsOn])).toEqual([
      ["Аким", "2024-07-01", null],
      ["Временно исполняющий обязанности акима", "2023-01-01", "2024-06-30"],
    ]);

    const meetingOn = (title: string, startsAt: string, extra: object = {}) =>
      c.editor.meeting.create({ title, kind: "MEETING", startsAt, partnerIds: [region.id], participants: [{ personId: person.id }], ...extra });
    const in2023 = await meetingOn("Заседание рабочей группы", "2023-05-10");
    const in2025 = await meetingOn("Переговоры в Костанае", "2025-02-01");
    // A month is taken at its first day: June 2024 was still the acting post.
    const inJune2024 = await meetingOn("Визит в июне", "2024-06-01", { datePrecision: "MONTH" });
    expect(participantPost(in2023, person.id)).toBe("Временно исполняющий обязанности акима");
    expect(participantPost(in2025, person.id)).toBe("Аким");
    expect(participantPost(inJune2024, person.id)).toBe("Временно исполняющий обязанности акима");
    expect(in2023.participants[0]).toMatchObject({ organisation: "Акимат Костанайской области", currentPost: "Аким" });

    // The governor's term ends and a new post begins.
    const moved = await c.editor.person.update({
      id: person.id,
      version: person.version,
      data: {
        positions: [
          acting,
          { ...governor, endsOn: "2025-12-31" },
          { post: "Депутат Мажилиса", organisation: "Парламент Республики Казахстан", startsOn: "2026-01-01" },
        ],
      },
    });
    expect(moved).toMatchObject({ post: "Депутат Мажилиса", organisation: "Парламент Республики Казахстан", version: 2 });
    const log = await db.prisma.changeLog.findFirst({ where: { entity: "person", recordId: person.id, action: "UPDATE" } });
    expect(log?.changes).toMatchObject({ post: { from: "Аким", to: "Депутат Мажилиса" } });
    expect((log?.changes as { positions: { to: unknown[] } }).positions.to).toHaveLength(3);

    // Earlier meetings still show who the person was then.
    expect(participantPost(await c.viewer.meeting.byId({ id: in2023.id }), person.id)).toBe("Временно исполняющий обязанности акима");
    const read2025 = await c.viewer.meeting.byId({ id: in2025.id });
    expect(read2025.participants[0]).toMatchObject({ post: "Аким", currentPost: "Депутат Мажилиса" });

    // Editing the meeting's other participants leaves the recorded post alone.
    const colleague = await c.editor.person.create({ fullName: "Оспанов Ерлан", side: "PARTNER", partnerId: region.id, post: "Заместитель акима" });
    const widened = await c.editor.meeting.update({
      id: in2023.id,
      version: in2023.version,
      data: { participants: [{ personId: person.id, role: "глава делегации" }, { personId: colleague.id }] },
    });
    expect(participantPost(widened, person.id)).toBe("Временно исполняющий обязанности акима");
    expect(participantPost(widened, colleague.id)).toBe("Заместитель акима");

    // The dossier: the current post, the post at the latest contact (2025), and the former posts newest first.
    const dossier = await c.viewer.partner.dossier({ id: region.id });
    const listed = dossier.people.theirs.items.find((p) => p.id === person.id);
    expect(listed).toMatchObject({ post: "Депутат Мажилиса", lastContactAt: "2025-02-01", lastContactPost: "Аким", contacts: 3 });
    expect(listed?.formerPosts.map((p) => [p.post, p.startsOn, p.endsOn])).toEqual([
      ["Аким", "2024-07-01", "2025-12-31"],
      ["Временно исполняющий обязанности акима", "2023-01-01", "2024-06-30"],
    ]);

    // Moving the meeting to another day takes the post held on the new day.
    const movedMeeting = await c.editor.meeting.update({ id: in2023.id, version: widened.version, data: { startsAt: "2026-02-01" } });
    expect(participantPost(movedMeeting, person.id)).toBe("Депутат Мажилиса");
  });

  it("allows several posts held at once, and takes the one started last as current", async () => {
    const person = await c.editor.person.create({
      fullName: "Двухпостов Марат",
      side: "HOME",
      positions: [
        { post: "Министр сельского хозяйства", startsOn: "2022-03-01" },
        { post: "Председатель совместной комиссии", startsOn: "2024-02-15" },
        { post: "Член правительства" },
      ],
    });
    expect(person.post).toBe("Председатель совместной комиссии");
    // Open posts first (latest start first, unknown start last).
    expect(person.positions.map((p) => p.post)).toEqual(["Председатель совместной комиссии", "Министр сельского хозяйства", "Член правительства"]);
    // With no open post, the one that ended last is current.
    const ended = await c.editor.person.update({
      id: person.id,
      version: person.version,
      data: {
        positions: [
          { post: "Советник", endsOn: "2020-01-31" },
          { post: "Заместитель министра", startsOn: "2020-02-01", endsOn: "2022-02-28" },
        ],
      },
    });
    expect(ended.post).toBe("Заместитель министра");
    // Clearing the positions clears the post.
    const cleared = await c.editor.person.update({ id: person.id, version: ended.version, data: { positions: [] } });
    expect([cleared.post, cleared.organisation, cleared.positions]).toEqual([null, null, []]);
  });

  it("turns a post given without positions into one open position and edits it in place", async () => {
    const person = await c.editor.person.create({ fullName: "Быстров Аскар", side: "PARTNER", post: "Консул", organisation: "Генеральное консульство" });
    expect(person.positions).toEqual([{ id: expect.any(String), post: "Консул", organisation: "Генеральное консульство", startsOn: null, endsOn: null }]);
    const renamed = await c.editor.person.update({ id: person.id, version: person.version, data: { post: "Генеральный консул" } });
    expect(renamed.post).toBe("Генеральный консул");
    expect(renamed.positions.map((p) => [p.post, p.organisation])).toEqual([["Генеральный консул", "Генеральное консульство"]]);
    // Other edits leave the positions alone.
    const noted = await c.editor.person.update({ id: person.id, version: renamed.version, data: { notes: "Курирует торговлю" } });
    expect(noted.positions).toEqual(renamed.positions);
  });

  it("seeds people with their posts as positions, without invented days, and meetings with the post of each participant", async () => {
    // A database of its own: the people and meetings made by the other tests have posts that changed.
    const demo = await openTestDatabase();
    try {
      await seedDatabase(demo.prisma, { generated: { seed: 10, partners: 20, interactions: 40 } });
      const viewer = (await callersFor(demo)).viewer;
      const abaev = await viewer.person.byId({ id: caseIds.abaev });
      expect(abaev.positions.map((p) => [p.post, p.startsOn, p.endsOn])).toEqual([
        ["Чрезвычайный и Полномочный Посол Республики Казахстан в Российской Федерации", null, null],
      ]);
      const visit = await viewer.meeting.byId({ id: caseIds.visit });
      expect(visit.participants.find((p) => p.personId === caseIds.filimonov)).toMatchObject({
        post: "Губернатор Вологодской области",
        organisation: "Правительство Вологодской области",
      });
      // Generated people: one open position each, the post they are shown with; every seeded participant has its post.
      const people = await demo.prisma.person.findMany({ select: { post: true, positions: { select: { post: true, startsOn: true, endsOn: true } } } });
      expect(people.length).toBeGreaterThan(20);
      expect(people.every((p) => p.positions.length === 1 && p.positions[0]!.post === p.post && !p.positions[0]!.startsOn && !p.positions[0]!.endsOn)).toBe(
        true,
      );
      const participants = await demo.prisma.interactionParticipant.findMany({ select: { post: true, person: { select: { post: true } } } });
      expect(participants.length).toBeGreaterThan(40);
      expect(participants.every((p) => p.post !== null && p.post === p.person.post)).toBe(true);
    } finally {
      await demo.close();
    }
  });

  it("refuses a position that ends before it starts, at the position's field", async () => {
    const bad = await failure(
      c.editor.person.create({ fullName: "Неверов Олжас", side: "HOME", positions: [{ post: "Аким", startsOn: "2024-07-01", endsOn: "2024-06-30" }] }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(["positions.0.endsOn"]);

    const person = await c.editor.person.create({ fullName: "Верный Олжас", side: "HOME" });
    const badUpdate = await failure(
      c.editor.person.update({
        id: person.id,
        version: person.version,
        data: { positions: [{ post: "Аким" }, { post: "Министр", startsOn: "2025-01-01", endsOn: "2024-01-01" }] },
      }),
    );
    expect(badUpdate.code).toBe("BAD_REQUEST");
    expect(Object.keys(badUpdate.fieldErrors ?? {})).toEqual(["data.positions.1.endsOn"]);
    expect((await c.viewer.person.byId({ id: person.id })).positions).toEqual([]);
    // A post is required in every position; an unreadable day is refused too.
    const empty = await failure(c.editor.person.create({ fullName: "Пустой", side: "HOME", positions: [{ post: " ", startsOn: "01.07.2024" }] }));
    expect(Object.keys(empty.fieldErrors ?? {}).sort()).toEqual(["positions.0.post", "positions.0.startsOn"]);
  });
});
