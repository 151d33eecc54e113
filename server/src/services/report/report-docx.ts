// The report as a Word document (docx). Tables are numbered («Таблица 1. …») as Russian
// official documents number them; the charts are Word's own charts (docx/charts), drawn
// by Word or LibreOffice from the data they hold, so no picture has to be rendered here.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { ChartRun } from "docx/charts";
import type { TReport } from "@atlas/shared/report";
import { emDash, formatChange, formatDated, formatDay, formatNumber, formatPeriodTitle, formatSpan, nbsp, quoted } from "./russian-typography.ts";
import { agreementStageRu } from "../common/russian-labels.ts";

type Cell = string | number;

/** A table's caption, its number counted in the order the tables appear. */
function numbering() {
  let count = 0;
  return (title: string) =>
    new Paragraph({
      keepNext: true,
      spacing: { before: 240, after: 80 },
      children: [new TextRun({ text: `Таблица ${++count}. ${title}`, bold: true })],
    });
}

function table(header: string[], rows: Cell[][]): Table {
  const cell = (value: Cell, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: typeof value === "number" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [
            new TextRun({
              text: typeof value === "number" ? formatNumber(value) : value,
              bold,
            }),
          ],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((text) => cell(text, true)),
      }),
      ...(rows.length ? rows : [[emDash, ...header.slice(1).map(() => "")]]).map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((value) => cell(value)),
          }),
      ),
    ],
  });
}

const paragraph = (text: string) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(text)] });
const heading = (text: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: { before: 360, after: 120 },
    children: [new TextRun(text)],
  });

function barChart(title: string, categories: string[], series: { name: string; values: number[] }[]): Paragraph | null {
  if (categories.length === 0) return null;
  return new Paragraph({
    keepNext: false,
    children: [
      new ChartRun({
        type: "bar",
        title,
        // Word draws a bar chart's first category at the bottom; reversed, the list reads top-down like its table.
        categories: [...categories].reverse(),
        series: series.map((s) => ({
          name: s.name,
          values: [...s.values].reverse(),
        })),
        font: { name: "Times New Roman" },
        transformation: {
          width: 600,
          height: Math.min(520, 120 + categories.length * 28),
        },
      }),
    ],
  });
}

const money = (value: string | null, currency: string | null) => (value === null ? emDash : `${formatNumber(value)}${currency ? `${nbsp}${currency}` : ""}`);

/** The title the heading and the file share: «Вологодская область. Международное сотрудничество за IV квартал 2026 г.». */
export function reportTitle(report: TReport): string {
  return `${report.regionName ?? "Регион"}. Международное и межрегиональное сотрудничество ${formatPeriodTitle(report.period)}`;
}

export async function reportDocx(report: TReport, { today }: { today: string }): Promise<Buffer> {
  const caption = numbering();
  const narrowedTo = [
    report.filterNames.countries.length ? `страны: ${report.filterNames.countries.join(", ")}` : null,
    report.filterNames.partners.length ? `партнёры: ${report.filterNames.partners.join(", ")}` : null,
    report.filterNames.sectors.length ? `отрасли: ${report.filterNames.sectors.join(", ")}` : null,
  ].filter((part): part is string => part !== null);
  const { compared, keyFigures } = report;
  const elapsedLabel = formatSpan(report.elapsed);
  const previousLabel = formatSpan(report.previous);
  const top = <T>(rows: T[]) => rows.slice(0, 15);
  const countries = report.byCountry.filter((row) => row.interactions + row.agreements + row.events > 0);
  const sectors = report.bySector.filter((row) => row.interactions + row.agreements + row.events > 0);

  const children = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(reportTitle(report))],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: formatSpan(report.span), italics: true })],
    }),
    ...(narrowedTo.length ? [paragraph(`Отбор: ${narrowedTo.join("; ")}.`)] : []),
    paragraph(
      report.complete
        ? `Показатели периода сопоставлены с тем же периодом прошлого года (${previousLabel}).`
        : `Период ещё не закончился: показатели за ${elapsedLabel} сопоставлены с теми же днями прошлого года (${previousLabel}).`,
    ),

    heading("Основные показатели"),
    caption("Основные показатели в сравнении с прошлым годом"),
    table(
      ["Показатель", elapsedLabel, previousLabel, "Изменение"],
      [
        ["Встречи и визиты", compared.meetings.current, compared.meetings.previous, formatChange(compared.meetings.current, compared.meetings.previous)],
        [
          "Подписано соглашений",
          compared.agreementsSigned.current,
          compared.agreementsSigned.previous,
          formatChange(compared.agreementsSigned.current, compared.agreementsSigned.previous),
        ],
        ["Проведено мероприятий", compared.events.current, compared.events.previous, formatChange(compared.events.current, compared.events.previous)],
      ],
    ),
    caption(`Показатели на ${formatDay(today)}`),
    table(
      ["Показатель", "Значение"],
      [
        ["Активные партнёры (контакты за 12 месяцев)", keyFigures.activePartners],
        [`Встречи и визиты с 1${nbsp}января`, keyFigures.meetingsYearToDate],
        ["Мероприятия в ближайшие 90 дней", keyFigures.eventsNext90Days],
        ["Просроченные поручения", keyFigures.overdueFollowUps],
        ...Object.entries(keyFigures.agreementsByStage)
          .filter(([, count]) => count > 0)
          .map(([stage, count]): Cell[] => [`Соглашения на стадии ${quoted(agreementStageRu[stage as keyof typeof agreementStageRu])}`, count]),
      ],
    ),

    heading("Встречи и визиты по странам и отраслям"),
    caption("Активность по странам"),
    table(
      ["Страна", "Встречи и визиты", "Соглашения", "Мероприятия"],
      countries.map((row) => [row.name, row.interactions, row.agreements, row.events]),
    ),
    barChart(
      "Встречи и визиты по странам",
      top(countries).map((row) => row.name),
      [
        {
          name: "Встречи и визиты",
          values: top(countries).map((row) => row.interactions),
        },
      ],
    ),
    caption("Активность по отраслям"),
    table(
      ["Отрасль", "Встречи и визиты", "Соглашения", "Мероприятия"],
      sectors.map((row) => [row.name, row.interactions, row.agreements, row.events]),
    ),
    barChart(
      "Встречи и визиты по отраслям",
      top(sectors).map((row) => row.name),
      [
        {
          name: "Встречи и визиты",
          values: top(sectors).map((row) => row.interactions),
        },
      ],
    ),

    heading("Соглашения"),
    caption("Соглашения, подписанные и перешедшие на новую стадию в периоде"),
    table(
      ["Соглашение", "Дата", "Было", "Стало"],
      report.stageMoves.map((move) => [
        quoted(move.title),
        formatDated(move.changedAt, move.datePrecision),
        move.fromStage ? agreementStageRu[move.fromStage] : emDash,
        agreementStageRu[move.toStage],
      ]),
    ),

    heading("Экспорт"),
    caption("Экспорт по товарным группам"),
    table(
      ["Товарная группа", "Стоимость", "Объём"],
      report.exports.byCategory.map((row) => [
        row.name,
        money(row.value, row.currency),
        row.volume === null ? emDash : `${formatNumber(row.volume)}${row.unit ? `${nbsp}${row.unit}` : ""}`,
      ]),
    ),
    caption("Экспорт по направлениям"),
    table(
      ["Направление", "Стоимость"],
      report.exports.byDestination.map((row) => [row.name, money(row.value, row.currency)]),
    ),

    heading("Предстоящие мероприятия и поручения"),
    caption(`Мероприятия в ближайшие 90 дней (с ${formatDay(today)})`),
    table(
      ["Мероприятие", "Сроки", "Место"],
      report.upcomingEvents.map((event) => [
        quoted(event.title),
        event.datePrecision === "DAY" && event.endsAt && event.endsAt !== event.startsAt
          ? formatSpan({ from: event.startsAt, to: event.endsAt })
          : formatDated(event.startsAt, event.datePrecision),
        event.place ?? emDash,
      ]),
    ),
    caption("Просроченные поручения"),
    table(
      ["Поручение", "Срок", "Ответственный"],
      report.overdueFollowUps.map((task) => [task.title, formatDay(task.dueDate), task.ownerName ?? emDash]),
    ),
  ].filter((child): child is Paragraph | Table => child !== null);

  const document = new Document({
    creator: "Cooperation Atlas",
    title: reportTitle(report),
    styles: {
      default: { document: { run: { font: "Times New Roman", size: 24 } } },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
