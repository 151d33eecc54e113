// @vitest-environment jsdom
// The agreement page inside the real app: "Перевести на стадию…" offers only the stages
// agreement.byId allows, checks the stage's requirements with the shared rules before
// sending, and puts the server's messages under the dialog's fields; the create form
// checks its input with the shared schema and never sends a stage.
import { describe, expect, it } from "vitest";
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
  stageChangedAt: new Date("2025-03-14T09:00:00Z"),
  summary: null,
  signedAt: new Date("2025-03-14T09:00:00Z"),
  registeredAt: null,
  registrationNumber: null,
  effectiveAt: null,
  expiresAt: null,
  sourceId: null,
  createdAt: new Date("2025-01-10T09:00:00Z"),
  updatedAt: new Date("2025-03-14T09:00:00Z"),
  version: 4,
  source: null,
  parties: [{ id: KZ, name: "Республика Казахстан", level: "COUNTRY" }],
  sectors: [],
  documents: [],
  stageHistory: [
    { id: "5a1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e11", fromStage: null, toStage: "NEGOTIATION", changedAt: new Date("2025-01-10T09:00:00Z"), note: null, userId: null, createdAt: new Date("2025-01-10T09:00:00Z") },
    { id: "5a1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e12", fromStage: "NEGOTIATION", toStage: "SIGNED", changedAt: new Date("2025-03-14T09:00:00Z"), note: "Подписано в Астане", userId: null, createdAt: new Date("2025-03-14T09:00:00Z") },
  ],
  planItems: [],
  followUps: [],
  international: true,
  allowedNextStages: ["REGISTERED", "TERMINATED"],
};

const common: Record<string, FakeHandler> = {
  "auth.me": signedIn("EDITOR"),
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
    const options = within(stageSelect(dialog)).getAllByRole("option").map((o) => o.textContent);
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
          message: "Этап «Зарегистрировано в Минюсте»: Дата не может быть раньше предыдущей смены этапа (14.03.2025)",
          fieldErrors: { date: ["Дата не может быть раньше предыдущей смены этапа (14.03.2025)"] },
        },
      }),
    });
    render(<App router={buildRouter({ url: `/agreements/${ID}` })} />);
    const dialog = await openDialog();
    fireEvent.change(stageSelect(dialog), { target: { value: "REGISTERED" } });
    fireEvent.change(within(dialog).getByRole("textbox", { name: /Номер регистрации в Минюсте/ }), { target: { value: "35-МС/2025-014" } });
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Примечание" }), { target: { value: "Письмо Минюста" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Перевести" }));

    const date = within(dialog).getByLabelText(/Дата перехода/);
    await waitFor(() => expect(date.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(date)).toContain("Дата не может быть раньше предыдущей смены этапа (14.03.2025)");
    expect(server.callsTo("agreement.advanceStage")[0]?.input).toMatchObject({
      id: ID,
      version: 4,
      toStage: "REGISTERED",
      registrationNumber: "35-МС/2025-014",
      note: "Письмо Минюста",
    });
    expect((within(dialog).getByRole("textbox", { name: "Примечание" }) as HTMLTextAreaElement).value).toBe("Письмо Минюста");
  });
});

describe("the agreement form", () => {
  it("checks title, kind and parties with the shared schema and sends no stage", async () => {
    const server = fakeServer({
      ...common,
      "partner.list": () => ({ data: { items: [{ id: KZ, name: "Республика Казахстан", level: "COUNTRY", parent: null, isoCode: "KZ" }], nextCursor: null, total: 1 } }),
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
    expect(sent.stage ?? "PROPOSAL_SENT").toBe("PROPOSAL_SENT");
  });
});

describe("the implementation plan", () => {
  it("adds a dated item with its owner and marks it done, each write with the version shown", async () => {
    const item = {
      id: "5a1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e21",
      agreementId: ID,
      title: "Дни Вологодской области в Алматы",
      dueDate: new Date("2026-09-01T12:00:00Z"),
      status: "OPEN",
      responsible: "Департамент внешних связей",
      completedAt: null,
      version: 1,
      createdAt: new Date("2026-01-10T09:00:00Z"),
      updatedAt: new Date("2026-01-10T09:00:00Z"),
    };
    const server = fakeServer({
      ...common,
      "agreement.byId": (_input, n) => ({ data: { ...signed, planItems: n === 1 ? [] : n === 2 ? [item] : [{ ...item, status: "DONE", version: 2, completedAt: new Date() }] } }),
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
    fireEvent.change(within(form).getByLabelText(/Срок/), { target: { value: "2026-09-01" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Ответственный/ }), { target: { value: item.responsible } });
    fireEvent.click(within(form).getByRole("button", { name: "Добавить" }));
    const done = await screen.findByRole("checkbox", { name: `Отметить выполненным: ${item.title}` });
    expect(server.callsTo("agreement.addPlanItem")[0]?.input).toMatchObject({ agreementId: ID, title: item.title, responsible: item.responsible });
    expect(screen.getByText(/отв\.: Департамент внешних связей/)).toBeTruthy();

    fireEvent.click(done);
    await screen.findByRole("checkbox", { name: `Снять отметку о выполнении: ${item.title}` });
    expect(server.callsTo("agreement.updatePlanItem")[0]?.input).toMatchObject({ id: item.id, version: 1, data: { status: "DONE" } });
  });
});
