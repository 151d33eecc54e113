// The duplicate guard under the person's name: a person is described by the post and the
// organisation.
import type { ReactNode } from "react";
import { SimilarRecords } from "../../../entities/similar-records/similar-records.tsx";
import { useSimilarPeople } from "../hooks/person-queries.ts";

export function SimilarPeople({ fullName, excludeId }: { fullName: string; excludeId?: string }): ReactNode {
  const similar = useSimilarPeople(fullName, excludeId);
  const found = similar.data?.map((p) => ({
    id: p.id,
    name: p.fullName,
    exact: p.exact,
    meta: [p.post, p.organisation ?? p.partner?.name].filter(Boolean).join(", "),
  }));
  return <SimilarRecords kind="person" name={fullName} found={found} />;
}
