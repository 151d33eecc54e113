// The demo accounts, one per role. The seed writes them disabled and without a password
// so the demo's follow-ups can have owners; the server's demo mode (ensureDemoAccounts)
// gives them the password "demo" and turns them on. Outside demo mode the server deletes
// every @demo account, and their tasks go back to having no owner.
import type { TRole } from "@atlas/shared/enums";
import { seedId } from "./ids.ts";

export const demoAccounts: ReadonlyArray<{ email: string; role: TRole; name: string }> = [
  { email: "viewer@demo", role: "VIEWER", name: "Демо: просмотр" },
  { email: "analyst@demo", role: "ANALYST", name: "Демо: аналитик" },
  { email: "editor@demo", role: "EDITOR", name: "Демо: редактор" },
  { email: "admin@demo", role: "ADMIN", name: "Демо: администратор" },
];

/** The id the seed gives a demo account (a database that already has the account keeps its own id). */
export const demoAccountId = (email: string): string => seedId(`demo-account:${email}`);
