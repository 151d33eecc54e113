// Vocabularies kept as data (shared/src/vocabulary.ts): kinds of meeting, event,
// agreement and partner, sectors and export categories. One cached answer of
// vocabulary.all serves every label, filter and form; a change an editor or an
// administrator makes refreshes it (and, after a merge, the records that moved).
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { AgreementKindRules } from "@atlas/shared/agreement-stages";
import type { TAddTermInput, TVocabularies, TVocabularyName, TVocabularyTerm } from "@atlas/shared/vocabulary";
import { trpc } from "./trpc.ts";
import { invalidateAfter, invalidateEverything } from "./invalidation.ts";

export type { TVocabularyName, TVocabularyTerm };

/** The vocabularies change seldom: one answer for ten minutes, refreshed by the app's own changes. */
export const vocabulariesQueryOptions = () => trpc.vocabulary.all.queryOptions(undefined, { staleTime: 10 * 60_000 });

export function useVocabularies() {
  return useQuery(vocabulariesQueryOptions());
}

/** Every term of one vocabulary, retired ones too (records still show them); empty while loading. */
export function useVocabulary(name: TVocabularyName): TVocabularyTerm[] {
  return useVocabularies().data?.[name] ?? [];
}

/** A term's name in the interface language: the English name when there is one. */
export function termName(term: Pick<TVocabularyTerm, "name" | "nameEn">, language: string): string {
  return language === "en" ? (term.nameEn ?? term.name) : term.name;
}

export function findTerm(vocabularies: TVocabularies | undefined, name: TVocabularyName, value: string | null | undefined): TVocabularyTerm | undefined {
  if (!value) return undefined;
  return vocabularies?.[name].find((term) => term.value === value);
}

/**
 * A label function for one vocabulary: the value's name in the interface language. The
 * raw code shows only while the vocabularies load (or for a value they do not know).
 */
export function useTermLabel(name: TVocabularyName): (value: string | null | undefined) => string {
  const { data } = useVocabularies();
  const { i18n } = useTranslation();
  const language = i18n.language;
  // A new function only when the terms or the language change, so memoised tables that use it refresh then.
  return useCallback(
    (value) => {
      if (!value) return "";
      const term = findTerm(data, name, value);
      return term ? termName(term, language) : value;
    },
    [data, name, language],
  );
}

/** Labels for every vocabulary at once (pages that show several kinds: dossier, timeline, recent activity). */
export function useTermLabels(): (name: TVocabularyName, value: string | null | undefined) => string {
  const { data } = useVocabularies();
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (name, value) => {
      if (!value) return "";
      const term = findTerm(data, name, value);
      return term ? termName(term, language) : value;
    },
    [data, language],
  );
}

export type TermOption = { value: string; label: string; term: TVocabularyTerm };

/**
 * What a form offers: the live values, plus those the record already holds even when
 * retired since (marked, so the user sees why it is not offered elsewhere).
 */
export function termOptions(
  terms: readonly TVocabularyTerm[],
  options: { held?: readonly (string | null | undefined)[]; language: string; retiredMark: string; exclude?: readonly string[] },
): TermOption[] {
  const held = new Set(options.held?.filter((v): v is string => Boolean(v)));
  const excluded = new Set(options.exclude ?? []);
  return terms
    .filter((term) => held.has(term.value) || (!term.retired && !excluded.has(term.value)))
    .map((term) => ({
      value: term.value,
      term,
      label: term.retired ? `${termName(term, options.language)} ${options.retiredMark}` : termName(term, options.language),
    }));
}

/** The options of a vocabulary for a form field or a filter (see termOptions). */
export function useTermOptions(name: TVocabularyName, held: readonly (string | null | undefined)[] = [], exclude: readonly string[] = []): TermOption[] {
  const terms = useVocabulary(name);
  const { t, i18n } = useTranslation();
  return termOptions(terms, { held, exclude, language: i18n.language, retiredMark: t("vocabulary.retiredMark") });
}

/** What the agreement stage rules need of a kind; a kind not (yet) known is treated as the strictest. */
export function agreementKindRules(term: TVocabularyTerm | undefined, fallbackName: string): AgreementKindRules {
  return { name: term?.name ?? fallbackName, needsStateRegistration: term?.needsStateRegistration ?? true };
}

export function useAgreementKindRules(code: string): AgreementKindRules {
  const { data } = useVocabularies();
  return agreementKindRules(findTerm(data, "agreementKind", code), code);
}

/**
 * After a vocabulary changed. An added, renamed or retired value changes only the lists;
 * a merge moves records, so every record query is stale too.
 */
export async function refreshVocabularies(queryClient: QueryClient, change: "add" | "update" | "retire" | "merge"): Promise<void> {
  if (change === "merge") {
    await invalidateEverything(queryClient);
    return;
  }
  // Sectors and export categories are vocabularies too, edited on the same page.
  await invalidateAfter(queryClient, { entity: "meetingKind" }, { entity: "sector" }, { entity: "exportCategory" });
}

/**
 * Puts a term just added into the cached vocabularies at once (the form selects it
 * before the refetch is back), then refreshes them.
 */
export async function rememberAddedTerm(queryClient: QueryClient, name: TVocabularyName, term: TVocabularyTerm): Promise<void> {
  queryClient.setQueryData(vocabulariesQueryOptions().queryKey, (current: TVocabularies | undefined) =>
    current && !current[name].some((t) => t.id === term.id) ? { ...current, [name]: [...current[name], term] } : current,
  );
  await refreshVocabularies(queryClient, "add");
}

/** vocabulary.add for pickers that add a value from the typed text (the sectors of a meeting). */
export function useAddTerm() {
  const queryClient = useQueryClient();
  const add = useMutation(trpc.vocabulary.add.mutationOptions());
  return {
    pending: add.isPending,
    add: async (input: TAddTermInput) => {
      const result = await add.mutateAsync(input);
      await rememberAddedTerm(queryClient, input.vocabulary, result.term);
      return result;
    },
  };
}
