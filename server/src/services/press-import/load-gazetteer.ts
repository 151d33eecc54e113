// The gazetteer the extractor reads a release against (gazetteer.ts), built from what the
// database holds: live partners with their aliases and parent, live people with their
// current post, organisation and partner, and the live values of the vocabularies.
import { listVocabularies } from "../vocabulary/terms.ts";
import type { TVocabularyTerm } from "@atlas/shared/vocabulary";
import type { Tx } from "../../db.ts";
import type { ImportGazetteer } from "./gazetteer.ts";

export async function loadImportGazetteer(prisma: Tx): Promise<ImportGazetteer> {
  // One query at a time: inside a transaction the connection takes one query at a time.
  const partners = await prisma.partner.findMany({
    where: { deletedAt: null },
    select: { id: true, name: true, level: true, parentId: true, aliases: true, isHome: true },
    orderBy: { name: "asc" },
  });
  const people = await prisma.person.findMany({
    where: { deletedAt: null },
    select: { id: true, fullName: true, post: true, organisation: true, side: true, partnerId: true },
    orderBy: { fullName: "asc" },
  });
  const vocabularies = await listVocabularies(prisma);
  // Retired and merged values are kept on old records, never proposed for new ones.
  const live = (terms: TVocabularyTerm[]) => terms.filter((t) => !t.retired && !t.mergedIntoId);
  const codes = (terms: TVocabularyTerm[]) => live(terms).map((t) => ({ code: t.value, name: t.name }));
  return {
    partners,
    people,
    sectors: live(vocabularies.sector).map((t) => ({ value: t.value, name: t.name })),
    exportCategories: live(vocabularies.exportCategory).map((t) => ({ value: t.value, name: t.name })),
    meetingKinds: codes(vocabularies.meetingKind),
    eventKinds: codes(vocabularies.eventKind),
    agreementKinds: codes(vocabularies.agreementKind),
  };
}
