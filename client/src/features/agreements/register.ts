// This register's facts for the shared list-page frame (entities/list-page/register-page.tsx).
import type { Register } from "../../entities/list-page/registers.ts";

export const agreementsRegister = {
  section: "agreements",
  download: "agreements",
  addPath: "/agreements/new",
  addLabel: "agreements.add",
  resetLabel: "agreements.filter.reset",
} as const satisfies Register;
