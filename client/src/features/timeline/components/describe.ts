// How an item reads in words: a short label for the axis, and the "what kind, where"
// line for the list and the axis tooltips.
import type { TFunction } from "i18next";
import type { TimelineItem } from "../hooks/timeline-queries.ts";
import type { TVocabularyName } from "../../../lib/vocabularies.ts";
import "../texts.ts";

/** A vocabulary value's name (useTermLabels): kinds of contact and event are data, not locale keys. */
export type TermLabels = (name: TVocabularyName, value: string | null | undefined) => string;

/** The axis label: the title; the stage reached for an agreement; the place for a tour stop. */
export function axisLabel(t: TFunction, item: TimelineItem): string {
  switch (item.kind) {
    case "stageChange":
      return `${t(`enums.agreementStage.${item.subtype}`)}: ${item.title}`;
    case "tourStop":
      return item.place;
    default:
      return item.title;
  }
}

/** The main text of an item in the list (a tour stop leads with its place). */
export function itemTitle(t: TFunction, item: TimelineItem): string {
  return item.kind === "tourStop" ? t("timeline.stop", { place: item.place }) : item.title;
}

/** Kind, direction or stage, status and place, joined with " · ". */
export function itemDetails(t: TFunction, item: TimelineItem, termLabel: TermLabels): string {
  const parts: string[] = [];
  switch (item.kind) {
    case "interaction":
      parts.push(termLabel("meetingKind", item.subtype));
      if (item.direction) parts.push(t(`enums.direction.${item.direction}`));
      if (item.place) parts.push(item.place);
      break;
    case "stageChange":
      parts.push(
        item.fromStage
          ? t("timeline.stageChange", { from: t(`enums.agreementStage.${item.fromStage}`), to: t(`enums.agreementStage.${item.subtype}`) })
          : t("timeline.stageFirst", { to: t(`enums.agreementStage.${item.subtype}`) }),
      );
      break;
    case "event":
      parts.push(termLabel("eventKind", item.subtype), t(`enums.eventStatus.${item.status}`));
      if (item.place) parts.push(item.place);
      break;
    case "tourStop":
      parts.push(t("timeline.tourOf", { title: item.title }), t(`enums.eventStatus.${item.status}`));
      break;
  }
  return parts.join(" · ");
}
