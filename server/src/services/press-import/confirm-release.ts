// pressImport.confirm: the reviewed draft written in ONE transaction — the source with the
// full text, new partners and people, the posts the text gives matched people, agreements,
// events, projects with their sites, export facts, and the meeting with its participants,
// partners, sectors, agreements, follow-ups and the source linked. Each record is written
// by its own service (so its rules and its history entry are the same as from the forms),
// run inside this transaction through a client bound to it.
import type { z } from "zod";
import { ZodError, type ZodType } from "zod";
import { ZCreateAgreementInput } from "@atlas/shared/agreement";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { ZCreateEventInput } from "@atlas/shared/event";
import { ZCreateExportFactInput } from "@atlas/shared/export-fact";
import { ZCreateMeetingInput } from "@atlas/shared/meeting";
import { ZCreatePartnerInput } from "@atlas/shared/partner";
import { positionOnDayIndex, ZCreatePersonInput, ZUpdatePersonInput } from "@atlas/shared/person";
import { ZCreateProjectInput } from "@atlas/shared/project";
import { normalizeSearchText } from "@atlas/shared/search-text";
import type { TPressImportConfirmResult, ZPressImportConfirmInput } from "@atlas/shared/press-import";
import { ZCreateSourceInput } from "@atlas/shared/source";
import type { PrismaClient, Tx } from "../../db.ts";
import { AppError, problem, type ErrorKey, type FieldErrors } from "../../errors.ts";
import { problemOfIssue } from "@atlas/shared/error-keys";
import { createAgreement } from "../agreement/create-agreement.ts";
import { createEvent } from "../event/create-event.ts";
import { createExportFact } from "../export-fact/create-export-fact.ts";
import { createMeeting } from "../meeting/create-meeting.ts";
import { createPartner } from "../partner/create-partner.ts";
import { createPerson } from "../person/create-person.ts";
import { updatePerson } from "../person/update-person.ts";
import { positionOrder, positionSelect, toPositionValues, type PositionValues } from "../person/position-rules.ts";
import { createProject } from "../project/create-project.ts";
import { createSource } from "../source/create-source.ts";
import { alreadyImportedError, findAlreadyImported } from "./already-imported.ts";

type ConfirmInput = z.output<typeof ZPressImportConfirmInput>;

/**
 * A client whose `$transaction(fn)` runs `fn` inside the given transaction: the services,
 * each of which opens its own transaction, then all write into the one this import holds,
 * and a failure in any of them rolls every write back.
 */
export function transactionBound(tx: Tx): PrismaClient {
  const bound: PrismaClient = new Proxy(tx, {
    get(target, prop) {
      if (prop === "$transaction") {
        return (work: unknown) => {
          if (typeof work === "function") return (work as (client: PrismaClient) => Promise<unknown>)(bound);
          // The batch form: the queries are already bound to the transaction; run them in order.
          return (async () => {
            const results: unknown[] = [];
            for (const query of work as Array<Promise<unknown>>) results.push(await query);
            return results;
          })();
        };
      }
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as PrismaClient;
  return bound;
}

/** A service input checked by the service's own schema; its messages are reported under `prefix`. */
function parsed<T extends ZodType>(schema: T, value: z.input<T>, prefix: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw prefixedError(result.error, prefix);
}

function prefixedError(error: ZodError, prefix: string): AppError {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    (fieldErrors[key] ??= []).push(problemOfIssue(issue));
  }
  return new AppError("BAD_REQUEST", "request.checkFields", { fieldErrors });
}

/**
 * A service's AppError with its field paths put under the item it came from («agreements.0.stage»).
 * Paths already under it (from `parsed`, which names the item itself) stay as they are.
 */
async function under<T>(prefix: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError && error.details.fieldErrors) {
      const fieldErrors: FieldErrors = {};
      for (const [key, messages] of Object.entries(error.details.fieldErrors)) {
        fieldErrors[key === "_" || key === "" ? prefix : key === prefix || key.startsWith(`${prefix}.`) ? key : `${prefix}.${key}`] = messages;
      }
      throw new AppError(error.code, error.key, { ...error.details, fieldErrors });
    }
    throw error;
  }
}

export async function confirmRelease({
  prisma,
  actorId,
  today,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  today: CalendarDay;
  input: ConfirmInput;
}): Promise<TPressImportConfirmResult> {
  try {
    return await prisma.$transaction((tx) => writeRelease(transactionBound(tx), { actorId, today, input }));
  } catch (error) {
    // Two imports of one release at once: the second meets the first's source at the
    // unique index of live sources' addresses or texts (Source_urlKey_live,
    // Source_textHash_live) — on PostgreSQL its transaction is aborted by then, so the
    // source is looked up here, after the rollback — and gets the check's CONFLICT.
    if (!(error instanceof AppError)) {
      const existing = await findAlreadyImported(prisma, { url: input.source.url, text: input.source.text });
      if (existing) throw alreadyImportedError(existing);
    }
    throw error;
  }
}

async function writeRelease(
  client: PrismaClient,
  { actorId, today, input }: { actorId: string | null; today: CalendarDay; input: ConfirmInput },
): Promise<TPressImportConfirmResult> {
  const existing = await findAlreadyImported(client, { url: input.source.url, text: input.source.text });
  if (existing) throw alreadyImportedError(existing);

  const { source: given } = input;
  const source = await under("source", () =>
    createSource({
      prisma: client,
      actorId,
      input: parsed(
        ZCreateSourceInput,
        {
          title: given.title,
          kind: "PRESS_RELEASE",
          url: given.url,
          outlet: given.outlet,
          publishedAt: given.publishedOn,
          publishedPrecision: "DAY",
          text: given.text,
        },
        "source",
      ),
    }),
  );
  const sourceIds = [source.id];

  // Partners first (a new person or agreement may point at a new partner), in array order,
  // so a new partner's parent can only be an existing one.
  const partnerIds: string[] = [];
  for (const [i, partner] of input.partners.entries()) {
    if ("id" in partner) {
      partnerIds.push(partner.id);
      continue;
    }
    const prefix = `partners.${i}.new`;
    const created = await under(prefix, () =>
      createPartner({
        prisma: client,
        actorId,
        input: parsed(ZCreatePartnerInput, { name: partner.new.name, level: partner.new.level, parentId: partner.new.parentId }, prefix),
      }),
    );
    partnerIds.push(created.id);
  }
  await assertLive(client, "partner", partnerIds, (i) => `partners.${i}.id`, "reference.partnerGone");

  const personIds: string[] = [];
  for (const [i, person] of input.people.entries()) {
    if ("id" in person) {
      personIds.push(person.id);
      continue;
    }
    const prefix = `people.${i}.new`;
    const p = person.new;
    const created = await under(prefix, () =>
      createPerson({
        prisma: client,
        actorId,
        input: parsed(
          ZCreatePersonInput,
          { fullName: p.fullName, post: p.post, organisation: p.organisation, side: p.side, partnerId: p.partner === null ? null : partnerIds[p.partner]! },
          prefix,
        ),
      }),
    );
    personIds.push(created.id);
  }
  await assertLive(client, "person", personIds, (i) => `people.${i}.id`, "reference.person");

  // The post the text gives a matched person, before the meeting: its participants keep
  // the post each held on its day.
  const postDay = input.happening?.startsAt ?? given.publishedOn;
  for (const [i, person] of input.people.entries()) {
    if (!("id" in person) || person.post === null) continue;
    await recordPost(client, { actorId, personId: person.id, post: person.post, organisation: person.organisation, day: postDay, prefix: `people.${i}` });
  }

  const agreementIds: string[] = [];
  for (const [i, a] of input.agreements.entries()) {
    const prefix = `agreements.${i}`;
    const created = await under(prefix, () =>
      createAgreement({
        prisma: client,
        actorId,
        today,
        input: parsed(
          ZCreateAgreementInput,
          {
            title: a.title,
            kind: a.kind,
            stage: a.stage,
            stageDate: a.stageDate,
            stageDatePrecision: a.stageDatePrecision,
            partyIds: a.parties.map((r) => partnerIds[r]!),
            sourceIds,
          },
          prefix,
        ),
      }),
    );
    agreementIds.push(created.id);
  }

  const eventIds: string[] = [];
  for (const [i, e] of input.events.entries()) {
    const prefix = `events.${i}`;
    const created = await under(prefix, () =>
      createEvent({
        prisma: client,
        actorId,
        input: parsed(
          ZCreateEventInput,
          {
            title: e.title,
            kind: e.kind,
            startsAt: e.startsAt,
            datePrecision: e.datePrecision,
            place: e.place,
            partnerIds: e.partners.map((r) => partnerIds[r]!),
            stops: e.stops,
            sourceIds,
          },
          prefix,
        ),
      }),
    );
    eventIds.push(created.id);
  }

  const projectIds: string[] = [];
  for (const [i, p] of input.projects.entries()) {
    const prefix = `projects.${i}`;
    const created = await under(prefix, () =>
      createProject({
        prisma: client,
        actorId,
        input: parsed(
          ZCreateProjectInput,
          // A project keeps one source: the release.
          { title: p.title, partnerId: partnerIds[p.partner!]!, sourceId: source.id, sites: p.sites.map((site) => ({ name: site.name })) },
          prefix,
        ),
      }),
    );
    projectIds.push(created.id);
  }

  // Export news in words: an intent to supply the category to the partner, as the text says
  // it; the release gives no figure, so none is written.
  const exportFactIds: string[] = [];
  for (const [i, f] of input.exportFacts.entries()) {
    const prefix = `exportFacts.${i}`;
    const created = await under(prefix, () =>
      createExportFact({
        prisma: client,
        actorId,
        input: parsed(
          ZCreateExportFactInput,
          { kind: "INTENT", partnerId: partnerIds[f.partner!]!, categoryId: f.categoryId, statement: f.statement, sourceId: source.id },
          prefix,
        ),
      }),
    );
    exportFactIds.push(created.id);
  }

  let meetingId: string | null = null;
  let followUpIds: string[] = [];
  if (input.happening) {
    const h = input.happening;
    const people = input.people;
    const created = await under("happening", () =>
      createMeeting({
        prisma: client,
        actorId,
        input: parsed(
          ZCreateMeetingInput,
          {
            title: h.title,
            kind: h.kind,
            direction: h.direction,
            startsAt: h.startsAt,
            datePrecision: h.datePrecision,
            place: h.place,
            partnerIds: [...new Set(partnerIds)],
            participants: uniqueBy(
              personIds.map((personId, i) => ({ personId, role: people[i]!.role ?? null })),
              (p) => p.personId,
            ),
            sectorIds: input.sectorIds,
            agreements: agreementIds.map((agreementId, i) => ({
              agreementId,
              mention: input.agreements[i]!.stage === "SIGNED" ? ("SIGNED" as const) : ("DISCUSSED" as const),
            })),
            followUps: input.followUps.map((f) => ({ title: f.title })),
            sourceIds,
          },
          "happening",
        ),
      }),
    );
    meetingId = created.id;
    const tasks = await client.followUp.findMany({ where: { interactionId: meetingId }, select: { id: true, title: true }, orderBy: { createdAt: "asc" } });
    followUpIds = tasks.map((t) => t.id);
  }

  return { sourceId: source.id, partnerIds, personIds, meetingId, agreementIds, eventIds, followUpIds, projectIds, exportFactIds };
}

/** Posts compared as search compares them: case, ё/е and spacing aside. */
const samePostText = (a: string | null, b: string | null) => normalizeSearchText(a) === normalizeSearchText(b);

/**
 * A matched person's post as the text gives it becomes their current post through the
 * posts over time (person.update with the positions, so with its history entry): a new
 * position from `day` (the day the text shows them in it: the meeting's, or the
 * publication's), the earlier ones kept as they were. Nothing changes when the position
 * held on that day is this post already (and this organisation, when one is given).
 */
async function recordPost(
  client: PrismaClient,
  {
    actorId,
    personId,
    post,
    organisation,
    day,
    prefix,
  }: { actorId: string | null; personId: string; post: string; organisation: string | null; day: CalendarDay; prefix: string },
): Promise<void> {
  const person = await client.person.findFirst({
    where: { id: personId, deletedAt: null },
    select: { version: true, post: true, organisation: true, positions: { select: positionSelect, orderBy: positionOrder } },
  });
  if (!person) return;
  const positions: PositionValues[] = person.positions.map(toPositionValues);
  // A person recorded with a post but no positions: that post is kept as an earlier one.
  if (positions.length === 0 && person.post) positions.push({ post: person.post, organisation: person.organisation, startsOn: null, endsOn: null });
  const held = positions[positionOnDayIndex(positions, day)];
  if (held && samePostText(held.post, post) && (organisation === null || samePostText(held.organisation, organisation))) return;
  await under(prefix, () =>
    updatePerson({
      prisma: client,
      actorId,
      input: parsed(
        ZUpdatePersonInput,
        { id: personId, version: person.version, data: { positions: [...positions, { post, organisation, startsOn: day, endsOn: null }] } },
        prefix,
      ),
    }),
  );
}

const uniqueBy = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];

/** Chosen existing records must be live: a missing one is a field error on its item, not a foreign-key failure. */
async function assertLive(client: PrismaClient, model: "partner" | "person", ids: string[], path: (i: number) => string, key: ErrorKey): Promise<void> {
  if (ids.length === 0) return;
  const where = { id: { in: [...new Set(ids)] }, deletedAt: null };
  const found = new Set(
    (model === "partner" ? await client.partner.findMany({ where, select: { id: true } }) : await client.person.findMany({ where, select: { id: true } })).map(
      (r) => r.id,
    ),
  );
  const fieldErrors: FieldErrors = {};
  ids.forEach((id, i) => {
    if (!found.has(id)) fieldErrors[path(i)] = [problem(key)];
  });
  if (Object.keys(fieldErrors).length > 0) throw new AppError("BAD_REQUEST", key, { fieldErrors });
}
