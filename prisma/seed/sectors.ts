// The reference list of sectors ("отрасли"). Codes are stable slugs that the seed and
// the tests refer to; names can be edited by an administrator later.
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import type { SeedDb } from "./seed-db.ts";
import { seedId } from "./ids.ts";

export const sectorCodes = [
  "timber",
  "agriculture",
  "trade",
  "education",
  "culture",
  "tourism",
  "investment",
  "industry",
  "science",
  "health",
  "sport",
  "transport",
  "energy",
  "youth",
] as const;
export type SectorCode = (typeof sectorCodes)[number];

export const sectors: ReadonlyArray<{ code: SectorCode; name: string; nameEn: string; sortOrder: number }> = [
  { code: "timber", name: "Лесная промышленность", nameEn: "Timber industry" },
  { code: "agriculture", name: "Сельское хозяйство и продовольствие", nameEn: "Agriculture and food" },
  { code: "trade", name: "Торговля", nameEn: "Trade" },
  { code: "education", name: "Образование", nameEn: "Education" },
  { code: "culture", name: "Культура", nameEn: "Culture" },
  { code: "tourism", name: "Туризм", nameEn: "Tourism" },
  { code: "investment", name: "Инвестиции", nameEn: "Investment" },
  { code: "industry", name: "Промышленность", nameEn: "Industry" },
  { code: "science", name: "Наука", nameEn: "Science" },
  { code: "health", name: "Здравоохранение", nameEn: "Health care" },
  { code: "sport", name: "Спорт", nameEn: "Sport" },
  { code: "transport", name: "Транспорт и логистика", nameEn: "Transport and logistics" },
  { code: "energy", name: "Энергетика", nameEn: "Energy" },
  { code: "youth", name: "Молодёжная политика", nameEn: "Youth affairs" },
].map((s, i) => ({ ...(s as { code: SectorCode; name: string; nameEn: string }), sortOrder: (i + 1) * 10 }));

/** The id every seeded record uses for a sector. */
export function sectorId(code: SectorCode): string {
  return seedId(`sector:${code}`);
}

/**
 * Writes the sectors that are missing. A sector whose code already exists (created by
 * hand, or renamed by an administrator) is left as it is.
 */
export async function seedSectors(prisma: PrismaClient | SeedDb): Promise<void> {
  await prisma.sector.createMany({
    data: sectors.map((s) => ({ id: sectorId(s.code), code: s.code, name: s.name, nameEn: s.nameEn, sortOrder: s.sortOrder })),
    skipDuplicates: true,
  });
}
