// This register's facts for the shared list-page frame (entities/list-page/register-page.tsx).
import type { Register } from "../../entities/list-page/registers.ts";

export const partnersRegister = {
  section: "partners",
  download: "partners",
  addPath: "/partners/new",
  addLabel: "partners.add",
  resetLabel: "partners.filter.reset",
} as const satisfies Register;
