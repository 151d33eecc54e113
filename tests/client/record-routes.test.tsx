// @vitest-environment jsdom
// Record pages load their record in the route's loader: a record that is not there is the
// route's "not found" (with the way back to its list), any other failure the route's error
// frame, whose retry asks the server again.
import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { buildRouter } from "../../client/src/app/router.tsx";
import { App } from "../../client/src/app/app.tsx";
import { fakeServer, signedIn } from "./support/fake-server.ts";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

const MEETING = "6a1f0c2d-8e5b-4a7c-9e1f-6d2a8b4c6d01";
const EVENT = "6a1f0c2d-8e5b-4a7c-9e1f-6d2a8b4c6d02";

describe("record routes", () => {
  it("a meeting that is not there shows the meeting's not-found frame, asked for once", async () => {
    const server = fakeServer({
      "auth.me": signedIn("VIEWER"),
      "meeting.byId": () => ({ error: { code: "NOT_FOUND", httpStatus: 404, key: "recordNotFound.meeting", params: { id: MEETING } } }),
    });
    const router = buildRouter({ url: `/meetings/${MEETING}` });
    render(<App router={router} />);
    await screen.findByRole("heading", { name: "Встреча не найдена" });
    const crumbs = screen.getByRole("navigation", { name: "Навигационная цепочка" });
    expect(within(crumbs).getByRole("link", { name: "Встречи и визиты" }).getAttribute("href")).toBe("/meetings");
    expect(screen.getByRole("link", { name: "Назад: Встречи и визиты" }).getAttribute("href")).toBe("/meetings");
    expect(server.callsTo("meeting.byId")).toEqual([{ procedure: "meeting.byId", input: { id: MEETING } }]);
    // The router settles before the test ends: a transition still running would touch a window that is gone.
    await waitFor(() => expect(router.state.status).toBe("idle"));
  });

  it("an event form whose record fails to load shows the error in the event's frame; retry asks again", async () => {
    const server = fakeServer({
      "auth.me": signedIn("EDITOR"),
      "event.byId": () => ({ error: { code: "CONFLICT", httpStatus: 409, key: "record.changedConcurrently" } }),
    });
    const router = buildRouter({ url: `/events/${EVENT}/edit` });
    render(<App router={router} />);
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Не удалось загрузить данные.")).toBeTruthy();
    expect(screen.getAllByRole("link", { name: "Мероприятия" }).some((link) => link.closest(".breadcrumb"))).toBe(true);
    expect(server.callsTo("event.byId")).toHaveLength(1);
    fireEvent.click(within(alert).getByRole("button", { name: "Повторить" }));
    await waitFor(() => expect(server.callsTo("event.byId")).toHaveLength(2));
    await screen.findByRole("alert");
    await waitFor(() => expect(router.state.status).toBe("idle"));
  });
});
