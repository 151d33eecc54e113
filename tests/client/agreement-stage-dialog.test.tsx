// @vitest-environment jsdom
// The agreement page inside the real app: "Перевести на стадию…" offers only the stages
// agreement.byId allows, checks the stage's requirements with the shared rules before
// sending, and puts the server's messages under the dialog's fields; the move is dated
// the home region's today unless the editor gives an earlier day. The create form checks
// its input with the shared schema and sends a new agreement at its first stage as of
// today; «Внести действующее соглашение» sends the stage and the dates of the path.
import { describe, expect, it } from "vitest";
import { todayIn } from "@atlas/shared/calendar-day";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { buildRouter } from "../../client/src/app/router.tsx";
import { App } from "../../client/src/app/app.tsx";
import { emptyPage, fakeServer, signedIn, type FakeHandler } from "./support/fake-server.ts";
import { describedText, useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

const ID = "5a1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e01";
const KZ = "5a1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e02";

const signed = {
  id: ID,
  title: "Соглашение о сотрудничестве с Республикой Казахстан",
  kind: "COOPERATION_AGREEMENT",
  stage: "SIGNED",
  stageChangedAt: "2025-03-14",
  stageDatePrecision: "DAY",
  summary: null,
  signedAt: "2025-03-14",
  registeredAt: null,
  registrationNumber: null,
  effectiveAt: null,
  expiresAt: null,
  createdAt: "2025-01-10T09:00:00.000Z",
  updatedAt: "2025-03-14T09:00:00.000Z",
  version: 4,
  sources: [],
  parties: [{ id: KZ, name: "Республика Казахстан", level: "COUNTRY" }],
  sectors: [],
  documents: [],
  stageHistory: [
    {
      id: "5a1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e11",
      fromStage: null,
      toStage: "NEGOTIATION",
      changedAt: "2025-01-10",
      datePrecision: "MONTH",
      note: null,
      userId: null,
      createdAt: "2025-01-10T09:00:00.000Z",
    },
    {
      id: "5a1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e12",
      fromStage: "NEGOTIATION",
      toStage: "SIGNED",
      changedAt: "2025-03-14",
      datePrecision: "DAY",
      note: "Подписано в Астане",
      userId: null,
      createdAt: "2025-03-14T09:00:00.000Z",
    },
  ],
  planItems: [],
  meetings: [],
  followUps: [],
  international: true,
  allowedNextStages: ["REGISTERED", "TERMINATED"],
};

/** The home region's zone the session names; «today» in the forms is that zone's day. */
const HOME_ZONE = "Asia/Kamchatka";

const common: Record<string, FakeHandler> = {
  "auth.me": () => ({ data: { ...signedIn("EDITOR")().data, homeTimeZone: HOME_ZONE } }),
  "sector.list": emptyPage,
  "agreement.byId": () => ({ data: signed }),
  "history.byRecord": emptyPage,
};

const stageSelect = (dialog: HTMLElement) => within(dialog).getByRole("combobox", { name: /Новая стадия/ });

async function openDialog() {
  fireEvent.click(await screen.findByRole("button", { name: "Перевести на стадию…" }, { timeout: 15_000 }));
  return screen.findByRole("dialog", { name: "Перевод на другую стадию" });
}

describe("moving an agreement to another stage", () => {
  it("offers only the allowed stages and asks for the registration number before sending", async () => {
    const server = fakeServer(common);
    render(<App router={buildRouter({ url: `/agreements/${ID}` })} />);
    // The track shows every stage, the current one marked.
    await screen.findByRole("heading", { level: 1, name: signed.title }, { timeout: 15_000 });
    const current = document.querySelector('.stage-track__step[aria-current="step"]');
    expect(current?.getAttribute("data-stage")).toBe("SIGNED");
    expect(document.querySelectorAll(".stage-track__step")).toHaveLength(10);

    const dialog = await openDialog();
    const options = within(stageSelect(dialog))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["— выберите стадию —", "Зарегистрировано в Минюсте", "Прекращено"]);
    fireEvent.change(stageSelect(dialog), { target: { value: "REGISTERED" } });
    const number = within(dialog).getByRole("textbox", { name: /Номер регистрации в Минюсте/ });
    fireEvent.click(within(dialog).getByRole("button", { name: "Перевести" }));
    await waitFor(() => expect(number.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(number)).toContain("Укажите номер государственной регистрации в Минюсте");
    expect(server.callsTo("agreement.advanceStage")).toHaveLength(0);
  });

  it("puts the server's messages under the dialog's fields and keeps the input", async () => {
    const server = fakeServer({
      ...common,
      "agreement.advanceStage": () => ({
        error: {
          code: "BAD_REQUEST",
          httpStatus: 400,
          key: "agreement.checkStages",
          fieldErrors: { date: [{ key: "agreement.dateBeforeLastMove", params: { earliest: "2025-03-14" } }] },
        },
      }),
    });
    render(<App router={buildRouter({ url: `/agreements/${ID}` })} />);
    const dialog = await openDialog();
    fireEvent.change(stageSelect(dialog), { target: { value: "REGISTERED" } });
    fireEvent.change(within(dialog).getByRole("textbox", { name: /Номер регистрации в Минюсте/ }), { target: { value: "35-МС/2025-014" } });
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Примечание" }), { target: { value: "Письмо Минюста" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Перевести" }));

    const date = within(dialog).getByRole("textbox", { name: "Дата перехода" });
    await waitFor(() => expect(date.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(date)).toContain("Дата не может быть раньше предыдущей смены этапа (не раньше 14.03.2025)");
    expect(server.callsTo("agreement.advanceStage")[0]?.input).toMatchObject({
      id: ID,
      version: 4,
      toStage: "REGISTERED",
      registrationNumber: "35-МС/2025-014",
      note: "Письмо Минюста",
      // Sent explicitly: the day the editor saw, today in the home region.
      date: todayIn(HOME_ZONE),
      datePrecision: "DAY",
    });
    expect((within(dialog).getByRole("textbox", { name: "Примечание" }) as HTMLTextAreaElement).value).toBe("Письмо Минюста");
  });
});

describe("the agreement form", () => {
  it("checks title, kind and parties with the shared schema and sends a proposal dated the home region's today", async () => {
    const server = fakeServer({
      ...common,
      "partner.list": () => ({
        data: { items: [{ id: KZ, name: "Республика Казахстан", level: "COUNTRY", parent: null, isoCode: "KZ" }], nextCursor: null, total: 1 },
      }),
      "agreement.create": () => ({ data: { ...signed, stage: "PROPOSAL_SENT", title: "Меморандум о взаимопонимании", kind: "MEMORANDUM", version: 1 } }),
    });
    const router = buildRouter({ url: "/agreements/new" });
    render(<App router={router} />);
    const submit = await screen.findByRole("button", { name: "Добавить соглашение" }, { timeout: 15_000 });
    fireEvent.click(submit);
    const title = screen.getByRole("textbox", { name: /^Название/ });
    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(title)).toContain("Заполните поле");
    const parties = screen.getByRole("combobox", { name: /^Стороны/ });
    expect(describedText(parties)).toContain("Укажите хотя бы одну сторону соглашения");
    expect(server.callsTo("agreement.create")).toHaveLength(0);

    fireEvent.change(title, { target: { value: "Меморандум о взаимопонимании" } });
    fireEvent.change(screen.getByRole("combobox", { name: /^Вид/ }), { target: { value: "MEMORANDUM" } });
    fireEvent.change(parties, { target: { value: "Казах" } });
    fireEvent.click(await screen.findByRole("option", { name: /Республика Казахстан/ }));
    expect(screen.getByRole("button", { name: "Убрать: Республика Казахстан" })).toBeTruthy();
    fireEvent.click(submit);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agreements/${ID}`));
    const sent = server.callsTo("agreement.create")[0]?.input as Record<string, unknown>;
    expect(sent).toMatchObject({ title: "Меморандум о взаимопонимании", kind: "MEMORANDUM", partyIds: [KZ] });
    // A new agreement is a proposal sent today, the home region's day, said explicitly.
    expect(sent).toMatchObject({ stage: "PROPOSAL_SENT", stageDate: todayIn(HOME_ZONE), stageDatePrecision: "DAY", earlierStages: [] });
  });
});

describe("moving to a stage on an earlier day", () => {
  it("sends the past day typed and its precision, and refuses a day after today before sending", async () => {
    const server = fakeServer({
      ...common,
      "agreement.advanceStage": () => ({ data: { ...signed, stage: "TERMINATED", version: 5 } }),
      "agreement.list": emptyPage,
    });
    render(<App router={buildRouter({ url: `/agreements/${ID}` })} />);
    const dialog = await openDialog();
    fireEvent.change(stageSelect(dialog), { target: { value: "TERMINATED" } });
    const date = within(dialog).getByRole("textbox", { name: "Дата перехода" }) as HTMLInputElement;
    const [y, m, d] = todayIn(HOME_ZONE).split("-");
    expect(date.value).toBe(`${d}.${m}.${y}`);

    fireEvent.change(date, { target: { value: "01.01.2100" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Перевести" }));
    await waitFor(() => expect(date.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(date)).toContain("Дата не может быть в будущем");
    expect(server.callsTo("agreement.advanceStage")).toHaveLength(0);

    fireEvent.change(date, { target: { value: "20.03.2025" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Перевести" }));
    await waitFor(() => expect(server.callsTo("agreement.advanceStage")).toHaveLength(1));
    expect(server.callsTo("agreement.advanceStage")[0]?.input).toMatchObject({ toStage: "TERMINATED", date: "2025-03-20", datePrecision: "DAY" });
  });

  it("accepts a month as the date of the move", async () => {
    const server = fakeServer({
      ...common,
      "agreement.advanceStage": () => ({ data: { ...signed, stage: "TERMINATED", version: 5 } }),
      "agreement.list": emptyPage,
    });
    render(<App router={buildRouter({ url: `/agreements/${ID}` })} />);
    const dialog = await openDialog();
    fireEvent.change(stageSelect(dialog), { target: { value: "TERMINATED" } });
    fireEvent.change(within(dialog).getByRole("combobox", { name: "Дата перехода: Точность даты" }), { target: { value: "MONTH" } });
    fireEvent.change(within(dialog).getByRole("combobox", { name: "Дата перехода: Месяц" }), { target: { value: "4" } });
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Дата перехода: Год" }), { target: { value: "2025" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Перевести" }));
    await waitFor(() => expect(server.callsTo("agreement.advanceStage")).toHaveLength(1));
    expect(server.callsTo("agreement.advanceStage")[0]?.input).toMatchObject({ date: "2025-04-01", datePrecision: "MONTH" });
  });
});

describe("«Внести действующее соглашение»", () => {
  const partnerList: FakeHandler = () => ({
    data: { items: [{ id: KZ, name: "Республика Казахстан", level: "COUNTRY", parent: null, isoCode: "KZ" }], nextCursor: null, total: 1 },
  });

  async function fillExisting() {
    fireEvent.change(await screen.findByRole("textbox", { name: /^Название/ }, { timeout: 15_000 }), { target: { value: "Соглашение о сотрудничестве" } });
    fireEvent.change(screen.getByRole("combobox", { name: /^Вид/ }), { target: { value: "COOPERATION_AGREEMENT" } });
    fireEvent.change(screen.getByRole("combobox", { name: /^Стороны/ }), { target: { value: "Казах" } });
    fireEvent.click(await screen.findByRole("option", { name: /Республика Казахстан/ }));
    fireEvent.change(screen.getByRole("combobox", { name: /^Текущий этап/ }), { target: { value: "IN_FORCE" } });
    // The way to entry into force of an international agreement passes 4-FZ registration.
    fireEvent.change(screen.getByRole("textbox", { name: "Подписано: дата" }), { target: { value: "06.06.2024" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Зарегистрировано в Минюсте: дата" }), { target: { value: "10.06.2024" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Вступило в силу (текущий этап): дата" }), { target: { value: "20.06.2024" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Номер регистрации в Минюсте/ }), { target: { value: "35-МС/2024-007" } });
  }

  it("is a second button on the list and sends the stage with the dates of the stages it passed", async () => {
    const server = fakeServer({
      ...common,
      "agreement.list": emptyPage,
      "partner.list": partnerList,
      "agreement.create": () => ({ data: { ...signed, stage: "IN_FORCE", version: 1 } }),
    });
    const router = buildRouter({ url: "/agreements" });
    render(<App router={router} />);
    fireEvent.click(await screen.findByRole("link", { name: "Внести действующее соглашение" }, { timeout: 15_000 }));
    await screen.findByRole("heading", { level: 1, name: "Действующее соглашение" });
    await fillExisting();
    fireEvent.click(screen.getByRole("button", { name: "Внести соглашение" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agreements/${ID}`));
    expect(server.callsTo("agreement.create")[0]?.input).toMatchObject({
      kind: "COOPERATION_AGREEMENT",
      partyIds: [KZ],
      stage: "IN_FORCE",
      stageDate: "2024-06-20",
      stageDatePrecision: "DAY",
      earlierStages: [
        { stage: "SIGNED", date: "2024-06-06", datePrecision: "DAY" },
        { stage: "REGISTERED", date: "2024-06-10", datePrecision: "DAY" },
      ],
      registrationNumber: "35-МС/2024-007",
    });
  });

  it("puts the server's message about a stage's date under that stage's row", async () => {
    const server = fakeServer({
      ...common,
      "partner.list": partnerList,
      "agreement.create": () => ({
        error: {
          code: "BAD_REQUEST",
          httpStatus: 400,
          key: "agreement.dateBeforePreviousStage",
          params: { earliest: "2024-06-06" },
          fieldErrors: { "earlierStages.1.date": [{ key: "agreement.dateBeforePreviousStage", params: { earliest: "2024-06-06" } }] },
        },
      }),
    });
    render(<App router={buildRouter({ url: "/agreements/new?existing=1" })} />);
    await fillExisting();
    fireEvent.click(screen.getByRole("button", { name: "Внести соглашение" }));
    const registered = screen.getByRole("textbox", { name: "Зарегистрировано в Минюсте: дата" });
    await waitFor(() => expect(registered.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(registered)).toContain("Дата раньше предыдущего этапа (не раньше 06.06.2024)");
    expect(screen.getByRole("textbox", { name: "Подписано: дата" }).getAttribute("aria-invalid")).toBeNull();
    expect(server.callsTo("agreement.create")).toHaveLength(1);
  });

  it("does not send without a current stage or with a date it cannot read", async () => {
    const server = fakeServer({ ...common, "partner.list": partnerList });
    render(<App router={buildRouter({ url: "/agreements/new?existing=1" })} />);
    await fillExisting();
    fireEvent.change(screen.getByRole("textbox", { name: "Подписано: дата" }), { target: { value: "06/31/2024" } });
    fireEvent.click(screen.getByRole("button", { name: "Внести соглашение" }));
    const signedDate = screen.getByRole("textbox", { name: "Подписано: дата" });
    await waitFor(() => expect(signedDate.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(signedDate)).toContain("Введите дату в формате дд.мм.гггг");
    fireEvent.change(screen.getByRole("combobox", { name: /^Текущий этап/ }), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Внести соглашение" }));
    await waitFor(() => expect(describedText(screen.getByRole("combobox", { name: /^Текущий этап/ }))).toContain("Выберите этап"));
    expect(server.callsTo("agreement.create")).toHaveLength(0);
  });
});

describe("the implementation plan", () => {
  it("adds a dated item with its owner and marks it done, each write with the version shown", async () => {
    const item = {
      id: "5a1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e21",
      agreementId: ID,
      title: "Дни Вологодской области в Алматы",
      dueDate: "2026-09-01",
      status: "OPEN",
      responsible: "Департамент внешних связей",
      completedAt: null,
      version: 1,
      createdAt: "2026-01-10T09:00:00.000Z",
      updatedAt: "2026-01-10T09:00:00.000Z",
    };
    const server = fakeServer({
      ...common,
      "agreement.byId": (_input, n) => ({
        data: { ...signed, planItems: n === 1 ? [] : n === 2 ? [item] : [{ ...item, status: "DONE", version: 2, completedAt: new Date().toISOString() }] },
      }),
      "agreement.addPlanItem": () => ({ data: item }),
      "agreement.updatePlanItem": () => ({ data: { ...item, status: "DONE", version: 2 } }),
      "agreement.list": emptyPage,
    });
    render(<App router={buildRouter({ url: `/agreements/${ID}` })} />);
    fireEvent.click(await screen.findByRole("button", { name: "Добавить пункт" }, { timeout: 15_000 }));
    const form = screen.getByRole("form", { name: "Новый пункт плана" });
    fireEvent.click(within(form).getByRole("button", { name: "Добавить" }));
    const title = within(form).getByRole("textbox", { name: /Мероприятие/ });
    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"));
    expect(server.callsTo("agreement.addPlanItem")).toHaveLength(0);

    fireEvent.change(title, { target: { value: item.title } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Срок/ }), { target: { value: "01.09.2026" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Ответственный/ }), { target: { value: item.responsible } });
    fireEvent.click(within(form).getByRole("button", { name: "Добавить" }));
    const done = await screen.findByRole("checkbox", { name: `Отметить выполненным: ${item.title}` });
    expect(server.callsTo("agreement.addPlanItem")[0]?.input).toMatchObject({
      agreementId: ID,
      title: item.title,
      dueDate: "2026-09-01",
      responsible: item.responsible,
    });
    expect(screen.getByText(/отв\.: Департамент внешних связей/)).toBeTruthy();

    fireEvent.click(done);
    await screen.findByRole("checkbox", { name: `Снять отметку о выполнении: ${item.title}` });
    expect(server.callsTo("agreement.updatePlanItem")[0]?.input).toMatchObject({ id: item.id, version: 1, data: { status: "DONE" } });
  });
});
