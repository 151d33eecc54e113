// This register's facts for the shared list-page frame (entities/list-page/register-page.tsx).
import type { Register } from "../../entities/list-page/registers.ts";

export const eventsRegister = {
  section: "events",
  download: "events",
  addPath: "/events/new",
  addLabel: "events.add",
  resetLabel: "events.resetFilter",
} as const satisfies Register;
