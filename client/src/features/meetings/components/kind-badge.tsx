import type { ReactNode } from "react";
import type { TInteractionKind } from "@atlas/shared/enums";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";

/** The built-in kinds have their colours; a kind added since is neutral. */
const tones: Record<string, BadgeTone> = {
  MEETING: "blue",
  VISIT: "violet",
  NEGOTIATIONS: "amber",
  CONFERENCE: "green",
  CALL: "neutral",
  OTHER: "neutral",
};

export function KindBadge({ kind }: { kind: TInteractionKind }): ReactNode {
  const label = useTermLabel("meetingKind");
  return <Badge tone={tones[kind] ?? "neutral"}>{label(kind)}</Badge>;
}
