// This register's facts for the shared list-page frame (entities/list-page/register-page.tsx).
import type { Register } from "../../entities/list-page/registers.ts";

export const projectsRegister = {
  section: "projects",
  download: "projects",
  addPath: "/projects/new",
  addLabel: "projects.add",
  resetLabel: "projects.resetFilter",
} as const satisfies Register;
