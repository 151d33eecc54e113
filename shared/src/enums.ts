// The closed lists of the domain (the open ones, such as kinds of meeting, are
// vocabularies kept as data: vocabulary.ts). They mirror the enums of prisma/schema.prisma
// (a test checks that they agree) so that forms and the API share one source.
import { z } from "zod";
import { ZKindCode } from "./vocabulary.ts";

export const partnerLevels = ["COUNTRY", "REGION", "CITY", "ORGANISATION"] as const;
export const personSides = ["HOME", "PARTNER"] as const;
export const directions = ["INCOMING", "OUTGOING"] as const;
export const interactionFormats = ["IN_PERSON", "REMOTE"] as const;
/** In the order an agreement normally passes through them (product.md, "Agreement stages"). */
export const agreementStages = [
  "PROPOSAL_SENT",
  "DRAFT",
  "NEGOTIATION",
  "SIGNED",
  "REGISTERED",
  "IN_FORCE",
  "IMPLEMENTATION",
  "EXTENDED",
  "EXPIRED",
  "TERMINATED",
] as const;
export const taskStatuses = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
export const projectStages = ["IDEA", "SITE_SELECTION", "PREPARATION", "CONSTRUCTION", "OPERATING", "SUSPENDED", "CANCELLED"] as const;
export const siteStatuses = ["CANDIDATE", "CHOSEN", "REJECTED"] as const;
export const eventStatuses = ["PLANNED", "CONFIRMED", "HELD", "POSTPONED", "CANCELLED"] as const;
export const sourceKinds = ["PRESS_RELEASE", "NEWS", "NOTE", "DOCUMENT", "OTHER"] as const;
export const roles = ["VIEWER", "ANALYST", "EDITOR", "ADMIN"] as const;
export const changeActions = ["CREATE", "UPDATE", "DELETE", "RESTORE", "STAGE_CHANGE"] as const;

export const ZPartnerLevel = z.enum(partnerLevels);
export const ZPartnerKind = ZKindCode;
export const ZPersonSide = z.enum(personSides);
/** Kinds are vocabularies kept as data (vocabulary.ts): a record holds the kind's code. */
export const ZInteractionKind = ZKindCode;
export const ZDirection = z.enum(directions);
export const ZInteractionFormat = z.enum(interactionFormats);
export const ZAgreementKind = ZKindCode;
export const ZAgreementStage = z.enum(agreementStages);
export const ZTaskStatus = z.enum(taskStatuses);
export const ZProjectStage = z.enum(projectStages);
export const ZSiteStatus = z.enum(siteStatuses);
export const ZEventKind = ZKindCode;
export const ZEventStatus = z.enum(eventStatuses);
export const ZSourceKind = z.enum(sourceKinds);
export const ZRole = z.enum(roles);

export type TPartnerLevel = z.infer<typeof ZPartnerLevel>;
export type TPartnerKind = z.infer<typeof ZPartnerKind>;
export type TPersonSide = z.infer<typeof ZPersonSide>;
export type TInteractionKind = z.infer<typeof ZInteractionKind>;
export type TDirection = z.infer<typeof ZDirection>;
export type TInteractionFormat = z.infer<typeof ZInteractionFormat>;
export type TAgreementKind = z.infer<typeof ZAgreementKind>;
export type TAgreementStage = z.infer<typeof ZAgreementStage>;
export type TTaskStatus = z.infer<typeof ZTaskStatus>;
export type TProjectStage = z.infer<typeof ZProjectStage>;
export type TSiteStatus = z.infer<typeof ZSiteStatus>;
export type TEventKind = z.infer<typeof ZEventKind>;
export type TEventStatus = z.infer<typeof ZEventStatus>;
export type TSourceKind = z.infer<typeof ZSourceKind>;
export type TRole = z.infer<typeof ZRole>;
