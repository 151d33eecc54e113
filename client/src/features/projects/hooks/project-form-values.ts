// The project form works on what the inputs hold; these turn a record into form values
// and form values into the API input, checked with the shared schema so messages land
// under the paths the server uses ("sites.1.name").
import type { TProjectStage, TSiteStatus } from "@atlas/shared/enums";
import { ZCreateProjectInput, type TCreateProjectInput, type TUpdateProjectInput } from "@atlas/shared/project";
import { parseLocaleNumber } from "../../../lib/format.ts";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";

export const projectFormFields = ["title", "summary", "partnerId", "sectorId", "stage", "sites"] as const;

export type SiteValues = {
  /** Stable for React and focus; not sent. */
  key: string;
  name: string;
  status: TSiteStatus;
  latitude: string;
  longitude: string;
  notes: string;
};

export type ProjectFormValues = {
  title: string;
  summary: string;
  partnerId: { id: string; name: string } | null;
  sectorId: string;
  stage: TProjectStage;
  sites: SiteValues[];
};

let counter = 0;
export function emptySite(): SiteValues {
  counter += 1;
  return { key: `site${Date.now().toString(36)}${counter}`, name: "", status: "CANDIDATE", latitude: "", longitude: "", notes: "" };
}

export function emptyProjectValues(): ProjectFormValues {
  return { title: "", summary: "", partnerId: null, sectorId: "", stage: "IDEA", sites: [] };
}

type ProjectRecord = {
  title: string;
  summary: string | null;
  partner: { id: string; name: string };
  sectorId: string | null;
  stage: TProjectStage;
  sites: Array<{ id: string; name: string; status: TSiteStatus; latitude: number | null; longitude: number | null; notes: string | null }>;
};

export function projectToValues(p: ProjectRecord, decimalSeparator: "," | "."): ProjectFormValues {
  const num = (v: number | null) => (v === null ? "" : String(v).replace(".", decimalSeparator));
  return {
    title: p.title,
    summary: p.summary ?? "",
    partnerId: { id: p.partner.id, name: p.partner.name },
    sectorId: p.sectorId ?? "",
    stage: p.stage,
    sites: p.sites.map((s) => ({ key: s.id, name: s.name, status: s.status, latitude: num(s.latitude), longitude: num(s.longitude), notes: s.notes ?? "" })),
  };
}

export type ProjectSaveInput = { create: TCreateProjectInput } | { update: TUpdateProjectInput };

export function prepareProject(
  values: ProjectFormValues,
  id: string | null,
  version: number | null,
  messages: { partnerRequired: string; notANumber: string },
): { input: ProjectSaveInput } | { errors: FieldErrors } {
  const extra: FieldErrors = {};
  const number = (text: string, path: string) => {
    const parsed = parseLocaleNumber(text);
    if (parsed !== null && Number.isNaN(parsed)) {
      extra[path] = [messages.notANumber];
      return null;
    }
    return parsed;
  };
  const data = {
    title: values.title,
    summary: values.summary,
    partnerId: values.partnerId?.id ?? "",
    sectorId: values.sectorId || null,
    stage: values.stage,
    sites: values.sites.map((s, i) => ({
      name: s.name,
      status: s.status,
      latitude: number(s.latitude, `sites.${i}.latitude`),
      longitude: number(s.longitude, `sites.${i}.longitude`),
      notes: s.notes,
    })),
  };
  if (!values.partnerId) extra.partnerId = [messages.partnerRequired];
  const parsed = ZCreateProjectInput.safeParse(data);
  if (!parsed.success || Object.keys(extra).length) {
    const errors = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    return { errors: { ...errors, ...extra } };
  }
  if (id !== null && version !== null) return { input: { update: { id, version, data: parsed.data } } };
  return { input: { create: parsed.data } };
}
