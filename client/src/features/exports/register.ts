// This register's facts for the shared list-page frame (entities/list-page/register-page.tsx).
import type { Register } from "../../entities/list-page/registers.ts";

export const exportsRegister = {
  section: "exports",
  download: "export-figures",
  addPath: "/exports/entry",
  addLabel: "exports.enter",
  resetLabel: "exports.filter.reset",
} as const satisfies Register;
