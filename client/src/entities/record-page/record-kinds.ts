// What a record page's frame needs to know about each kind with a page of its own, read
// from the entity registry: where its list is, how to link to one record and to its form,
// and what to say when a record is missing, new or edited. A new kind gets all of it from its registry
// entry, its routes in router.tsx and its `recordPages.kinds` texts.
import type { RegisteredRouter } from "@tanstack/react-router";
import { entityRegistry, type TPageEntity } from "@atlas/shared/entity-registry";

export type TRecordKind = TPageEntity;

type TPagePath<K extends TRecordKind> = (typeof entityRegistry)[K]["pagePath"];
type TRoutePath = keyof RegisteredRouter["routesByPath"] & string;

// Assigning these to the router's paths makes typecheck name any kind whose page or form
// route router.tsx lacks.
type TRecordRoute = { [K in TRecordKind]: `${TPagePath<K>}/$${K}Id` }[TRecordKind];
type TEditRoute = { [K in TRecordKind]: `${TPagePath<K>}/$${K}Id/edit` }[TRecordKind];
type TListRoute = {
  [K in TRecordKind]: (typeof entityRegistry)[K] extends { listPath: string } ? (typeof entityRegistry)[K]["listPath"] : TPagePath<K>;
}[TRecordKind];

/** The props of a `<Link>` to one record's page or form (the route's parameter is `<kind>Id`). */
type TRecordLink = { to: TRoutePath; params: Record<string, string> };

/** The name of the route parameter that holds the record's id on its page and form routes. */
export const recordIdParam = (kind: TRecordKind) => `${kind}Id` as const;

function recordRoute(kind: TRecordKind, id: string, to: TRoutePath): TRecordLink {
  return { to, params: { [recordIdParam(kind)]: id } };
}

export function listLink(kind: TRecordKind): { to: TRoutePath } {
  const traits = entityRegistry[kind];
  const to: TRoutePath = ("listPath" in traits ? traits.listPath : traits.pagePath) as TListRoute;
  return { to };
}

export function recordLink(kind: TRecordKind, id: string): TRecordLink {
  return recordRoute(kind, id, `${entityRegistry[kind].pagePath}/$${kind}Id` as TRecordRoute);
}

export function editLink(kind: TRecordKind, id: string): TRecordLink {
  return recordRoute(kind, id, `${entityRegistry[kind].pagePath}/$${kind}Id/edit` as TEditRoute);
}

export const listLabelKey = (kind: TRecordKind) => `recordPages.kinds.${kind}.list` as const;
export const notFoundTitleKey = (kind: TRecordKind) => `recordPages.kinds.${kind}.notFoundTitle` as const;
export const createTitleKey = (kind: TRecordKind) => `recordPages.kinds.${kind}.createTitle` as const;
export const createdToastKey = (kind: TRecordKind) => `recordPages.kinds.${kind}.created` as const;
export const editTitleKey = (kind: TRecordKind) => `recordPages.kinds.${kind}.editTitle` as const;
