// This register's facts for the shared list-page frame (entities/list-page/register-page.tsx).
import type { Register } from "../../entities/list-page/registers.ts";

export const meetingsRegister = {
  section: "meetings",
  download: "meetings",
  addPath: "/meetings/new",
  addLabel: "meetings.add",
  resetLabel: "meetings.filter.reset",
} as const satisfies Register;
