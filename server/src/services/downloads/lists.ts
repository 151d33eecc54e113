// The lists a user can download, each read through its own `*.list` service and input
// schema, so a download holds exactly the rows the page shows under the same filter and
// sort. Pages come by the services' cursor (Prisma's cursor compares the sort key and
// id of the last row seen, i.e. keyset paging), so memory holds one page at a time.
import { z } from "zod";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import type { TDownloadList } from "@atlas/shared/downloads";
import type { TVocabularies, TVocabularyName } from "@atlas/shared/vocabulary";
import { ZListAgreementsInput } from "@atlas/shared/agreement";
import { ZListMeetingsInput } from "@atlas/shared/meeting";
import { ZListPartnersInput } from "@atlas/shared/partner";
import { ZListPeopleInput } from "@atlas/shared/person";
import { ZListEventsInput } from "@atlas/shared/event";
import { ZListProjectsInput } from "@atlas/shared/project";
import { ZListExportFiguresInput } from "@atlas/shared/export";
import { ZListFollowUpsInput } from "@atlas/shared/follow-up";
import type { Tx } from "../../db.ts";
import { listAgreements } from "../agreement/list-agreements.ts";
import { listMeetings } from "../meeting/list-meetings.ts";
import { listPartners } from "../partner/list-partners.ts";
import { listPeople } from "../person/list-people.ts";
import { listEvents } from "../event/list-events.ts";
import { listProjects } from "../project/list-projects.ts";
import { listExportFigures } from "../export-figure/list-export-figures.ts";
import { listFollowUps } from "../follow-up/list-follow-ups.ts";
import {
  agreementStageRu,
  directionRu,
  eventStatusRu,
  interactionFormatRu,
  partnerLevelRu,
  personSideRu,
  projectStageRu,
  taskStatusRu,
} from "../common/russian-labels.ts";

/** What a cell holds; the writers turn each kind into CSV text or a typed XLSX cell. */
export type Cell =
  | { kind: "text"; value: string | null }
  | { kind: "number"; value: number | null }
  | { kind: "day"; value: CalendarDay | null }
  /** A calendar month "YYYY-MM" (a chart's step). */
  | { kind: "month"; value: string | null }
  /** A path inside the app (/meetings/…), written as an absolute address. */
  | { kind: "link"; value: string | null };

export type DownloadColumn<R> = { header: string; width: number; cell: (row: R, names: VocabularyNames) => Cell };

/** Where a list reads: the database, the home region's day and time zone (for "overdue", "upcoming", a project's days). */
export type ListReadContext = { prisma: Tx; today: CalendarDay; timeZone: string };

/** Rows per page: large enough that 100,000 rows take a few hundred queries, small enough to keep memory flat. */
export const downloadPageSize = 500;

export type DownloadList<S extends z.ZodType, R> = {
  /** Russian name: the sheet's and the file's. */
  title: string;
  input: S;
  columns: Array<DownloadColumn<R>>;
  page: (ctx: ListReadContext, input: z.output<S>, cursor: string | null) => Promise<{ items: R[]; nextCursor: string | null }>;
};

/** Codes of the vocabularies kept as data (kinds) → their Russian names. */
export type VocabularyNames = (vocabulary: TVocabularyName, code: string) => string;

export function vocabularyNames(vocabularies: TVocabularies): VocabularyNames {
  const byCode = new Map(Object.entries(vocabularies).map(([name, terms]) => [name, new Map(terms.map((t) => [t.value, t.name]))]));
  // A code no term has any longer is still shown rather than dropped.
  return (vocabulary, code) => byCode.get(vocabulary)?.get(code) ?? code;
}

export const text = (value: string | null | undefined): Cell => ({ kind: "text", value: value ?? null });
const day = (value: CalendarDay | null | undefined): Cell => ({ kind: "day", value: value ?? null });
export const month = (value: string): Cell => ({ kind: "month", value });
export const number = (value: number | string | null | undefined): Cell => ({
  kind: "number",
  value: value === null || value === undefined ? null : Number(value),
});
const link = (path: string | null): Cell => ({ kind: "link", value: path });
const names = (items: Array<{ name: string }>) => text(items.map((i) => i.name).join(", "));

/** One definition per list, with its item type inferred from its service. */
export function defineList<S extends z.ZodType, R>(list: DownloadList<S, R>): DownloadList<S, R> {
  return list;
}

type RecordListDefinition<S extends z.ZodType, R> = DownloadList<S, R> & {
  /** The page inside the app that shows the row's record, or null where there is none. */
  link: (row: R) => string | null;
};

/** A list of records: every row ends with a link to where its record is shown, under the same header in every list. */
function defineRecordList<S extends z.ZodType, R>({ link: pathOf, ...list }: RecordListDefinition<S, R>): DownloadList<S, R> {
  return { ...list, columns: [...list.columns, { header: "Ссылка", width: 50, cell: (row) => link(pathOf(row)) }] };
}

const withCursor = <I extends object>(input: I, cursor: string | null) => ({ ...input, cursor, limit: downloadPageSize });

export const downloadLists = {
  agreements: defineRecordList({
    title: "Соглашения",
    input: ZListAgreementsInput,
    page: ({ prisma, today }, input, cursor) => listAgreements({ prisma, today, input: withCursor(input, cursor), countTotal: false }),
    columns: [
      { header: "Название", width: 50, cell: (a) => text(a.title) },
      { header: "Вид", width: 30, cell: (a, n) => text(n("agreementKind", a.kind)) },
      { header: "Стадия", width: 28, cell: (a) => text(agreementStageRu[a.stage]) },
      { header: "Дата стадии", width: 14, cell: (a) => day(a.stageChangedAt) },
      { header: "Подписано", width: 14, cell: (a) => day(a.signedAt) },
      { header: "Действует до", width: 14, cell: (a) => day(a.expiresAt) },
      { header: "Стороны", width: 40, cell: (a) => names(a.parties) },
      { header: "Отрасли", width: 30, cell: (a) => names(a.sectors) },
      { header: "Открытых пунктов плана", width: 12, cell: (a) => number(a.openPlanItemCount) },
    ],
    link: (a) => `/agreements/${a.id}`,
  }),
  meetings: defineRecordList({
    title: "Встречи",
    input: ZListMeetingsInput,
    page: ({ prisma }, input, cursor) => listMeetings({ prisma, input: withCursor(input, cursor), countTotal: false }),
    columns: [
      { header: "Дата", width: 14, cell: (m) => day(m.startsAt) },
      { header: "Окончание", width: 14, cell: (m) => day(m.endsAt) },
      { header: "Название", width: 50, cell: (m) => text(m.title) },
      { header: "Вид", width: 24, cell: (m, n) => text(n("meetingKind", m.kind)) },
      { header: "Направление", width: 20, cell: (m) => text(m.direction ? directionRu[m.direction] : null) },
      { header: "Формат", width: 14, cell: (m) => text(m.format ? interactionFormatRu[m.format] : null) },
      { header: "Место", width: 24, cell: (m) => text(m.place) },
      { header: "Партнёры", width: 40, cell: (m) => names(m.partners) },
      { header: "Отрасли", width: 30, cell: (m) => names(m.sectors) },
      { header: "Участников", width: 12, cell: (m) => number(m.participantCount) },
      { header: "Открытых поручений", width: 12, cell: (m) => number(m.openFollowUpCount) },
    ],
    link: (m) => `/meetings/${m.id}`,
  }),
  partners: defineRecordList({
    title: "Партнёры",
    input: ZListPartnersInput,
    page: ({ prisma }, input, cursor) => listPartners({ prisma, input: withCursor(input, cursor), countTotal: false }),
    columns: [
      { header: "Название", width: 40, cell: (p) => text(p.name) },
      { header: "Уровень", width: 16, cell: (p) => text(partnerLevelRu[p.level]) },
      { header: "Вид", width: 24, cell: (p, n) => text(p.kind ? n("partnerKind", p.kind) : null) },
      { header: "Входит в", width: 30, cell: (p) => text(p.parent?.name) },
      { header: "Код ISO", width: 10, cell: (p) => text(p.isoCode) },
    ],
    link: (p) => `/partners/${p.id}`,
  }),
  people: defineRecordList({
    title: "Люди",
    input: ZListPeopleInput,
    page: ({ prisma }, input, cursor) => listPeople({ prisma, input: withCursor(input, cursor), countTotal: false }),
    columns: [
      { header: "ФИО", width: 36, cell: (p) => text(p.fullName) },
      { header: "Должность", width: 40, cell: (p) => text(p.post) },
      { header: "Организация", width: 30, cell: (p) => text(p.organisation) },
      { header: "Сторона", width: 18, cell: (p) => text(personSideRu[p.side]) },
      { header: "Партнёр", width: 30, cell: (p) => text(p.partner?.name) },
      { header: "Эл. почта", width: 28, cell: (p) => text(p.email) },
      { header: "Телефон", width: 18, cell: (p) => text(p.phone) },
    ],
    link: (p) => `/people/${p.id}`,
  }),
  events: defineRecordList({
    title: "Мероприятия",
    input: ZListEventsInput,
    page: ({ prisma, today }, input, cursor) => listEvents({ prisma, today, input: withCursor(input, cursor), countTotal: false }),
    columns: [
      { header: "Начало", width: 14, cell: (e) => day(e.startsAt) },
      { header: "Окончание", width: 14, cell: (e) => day(e.endsAt) },
      { header: "Название", width: 50, cell: (e) => text(e.title) },
      { header: "Вид", width: 24, cell: (e, n) => text(n("eventKind", e.kind)) },
      { header: "Статус", width: 18, cell: (e) => text(eventStatusRu[e.status]) },
      { header: "Место", width: 24, cell: (e) => text(e.place) },
      { header: "Партнёры", width: 40, cell: (e) => names(e.partners) },
      { header: "Отрасли", width: 30, cell: (e) => names(e.sectors) },
      { header: "Остановок тура", width: 10, cell: (e) => number(e.stopCount) },
    ],
    link: (e) => `/events/${e.id}`,
  }),
  projects: defineRecordList({
    title: "Проекты",
    input: ZListProjectsInput,
    page: ({ prisma, timeZone }, input, cursor) => listProjects({ prisma, timeZone, input: withCursor(input, cursor), countTotal: false }),
    columns: [
      { header: "Название", width: 50, cell: (p) => text(p.title) },
      { header: "Стадия", width: 20, cell: (p) => text(projectStageRu[p.stage]) },
      { header: "Партнёр", width: 30, cell: (p) => text(p.partner?.name) },
      { header: "Отрасль", width: 24, cell: (p) => text(p.sector?.name) },
    ],
    link: (p) => `/projects/${p.id}`,
  }),
  "export-figures": defineRecordList({
    title: "Экспорт",
    input: ZListExportFiguresInput,
    page: ({ prisma }, input, cursor) => listExportFigures({ prisma, input: withCursor(input, cursor), countTotal: false }),
    columns: [
      { header: "Категория", width: 30, cell: (f) => text(f.category.name) },
      { header: "Назначение", width: 30, cell: (f) => text(f.destination.name) },
      { header: "Начало периода", width: 14, cell: (f) => day(f.periodStart) },
      { header: "Конец периода", width: 14, cell: (f) => day(f.periodEnd) },
      { header: "Стоимость", width: 16, cell: (f) => number(f.value) },
      { header: "Валюта", width: 8, cell: (f) => text(f.currency) },
      { header: "Объём", width: 16, cell: (f) => number(f.volume) },
      { header: "Единица", width: 10, cell: (f) => text(f.unit) },
    ],
    // A figure has no page of its own: the link opens its destination's dossier.
    link: (f) => `/partners/${f.destination.id}`,
  }),
  "follow-ups": defineRecordList({
    title: "Поручения",
    input: ZListFollowUpsInput,
    page: ({ prisma, today }, input, cursor) => listFollowUps({ prisma, today, input: withCursor(input, cursor), countTotal: false }),
    columns: [
      { header: "Поручение", width: 50, cell: (f) => text(f.title) },
      { header: "Статус", width: 14, cell: (f) => text(taskStatusRu[f.status]) },
      { header: "Срок", width: 14, cell: (f) => day(f.dueDate) },
      { header: "Ответственный", width: 28, cell: (f) => text(f.owner?.name) },
      { header: "Встреча", width: 40, cell: (f) => text(f.interaction?.title) },
      { header: "Соглашение", width: 40, cell: (f) => text(f.agreement?.title ?? f.planItem?.title) },
    ],
    // A follow-up is shown on the meeting or agreement it came from.
    link: (f) => (f.interaction ? `/meetings/${f.interaction.id}` : f.agreement ? `/agreements/${f.agreement.id}` : null),
  }),
} satisfies Record<TDownloadList, unknown>;
