import { z } from "zod";
import { listInput, optionalText, requiredText, updateInput, ZCommonFilter, ZId, ZLatitude, ZLongitude } from "./common.ts";
import { ZProjectStage, ZSiteStatus } from "./enums.ts";
import { normalizeSearchText } from "./search-text.ts";

export const ZProjectSiteInput = z.object({
  name: requiredText(300),
  status: ZSiteStatus.default("CANDIDATE"),
  latitude: ZLatitude.nullish().transform((v) => v ?? null),
  longitude: ZLongitude.nullish().transform((v) => v ?? null),
  notes: optionalText(),
});
export type TProjectSiteInput = z.input<typeof ZProjectSiteInput>;

/**
 * The candidate sites of a project. At most one is chosen, and names are unique
 * within the project (compared as search compares them: case- and ё/е-insensitive),
 * so that "ОЭЗ «Вологодская»" is not listed twice under two spellings.
 */
export const ZProjectSites = z
  .array(ZProjectSiteInput)
  .max(50, { error: "validation.tooManySites" })
  .superRefine((sites, ctx) => {
    let chosenSeen = false;
    const names = new Set<string>();
    sites.forEach((site, i) => {
      if (site?.status === "CHOSEN") {
        if (chosenSeen) ctx.addIssue({ code: "custom", path: [i, "status"], message: "validation.oneChosenSite" });
        chosenSeen = true;
      }
      if (typeof site?.name === "string" && site.name.trim()) {
        const key = normalizeSearchText(site.name);
        if (names.has(key)) ctx.addIssue({ code: "custom", path: [i, "name"], message: "validation.duplicateSite" });
        names.add(key);
      }
    });
  });

export const ZProjectFields = z.object({
  title: requiredText(300),
  summary: optionalText(),
  partnerId: ZId,
  sectorId: ZId.nullish().transform((v) => v ?? null),
  stage: ZProjectStage.default("IDEA"),
  sourceId: ZId.nullish().transform((v) => v ?? null),
  sites: ZProjectSites.default([]),
});

export const ZCreateProjectInput = ZProjectFields;
export type TCreateProjectInput = z.input<typeof ZCreateProjectInput>;

/** `data.sites`, when present, replaces all of the project's sites (their ids change). */
export const ZUpdateProjectInput = updateInput(ZProjectFields);
export type TUpdateProjectInput = z.input<typeof ZUpdateProjectInput>;

/** Marks one site CHOSEN and every other candidate (or previously chosen site) REJECTED. */
export const ZChooseProjectSiteInput = z.object({
  id: ZId,
  version: z.number().int().positive().max(2_147_483_647, { error: "validation.numberTooBig" }),
  siteId: ZId,
});
export type TChooseProjectSiteInput = z.input<typeof ZChooseProjectSiteInput>;

/** from/to apply to the project's createdAt. */
export const ZProjectFilter = ZCommonFilter.extend({
  stages: z.array(ZProjectStage).optional(),
});

export const ZListProjectsInput = listInput(ZProjectFilter, ["updatedAt", "title", "stage"], { field: "updatedAt", direction: "desc" });
export type TListProjectsInput = z.input<typeof ZListProjectsInput>;
