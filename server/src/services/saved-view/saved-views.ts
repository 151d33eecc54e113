// Saved views: list, create, rename or (un)share, delete. A personal view is its
// author's alone; a shared one everyone sees, and only its author or an administrator
// changes it. Names are unique per author.
import type { z } from "zod";
import type { SessionUser } from "../../auth/sessions.ts";
import type { SavedViewItem, ZCreateSavedViewInput, ZDeleteSavedViewInput, ZUpdateSavedViewInput } from "@atlas/shared/saved-view";
import { Prisma, type PrismaClient, type Tx } from "../../db.ts";
import { AppError } from "../../errors.ts";

type Actor = Pick<SessionUser, "id" | "role">;

const viewSelect = { id: true, name: true, path: true, shared: true, version: true, ownerId: true, owner: { select: { name: true } } } as const;
type ViewRow = Prisma.SavedViewGetPayload<{ select: typeof viewSelect }>;

const mayEdit = (actor: Actor, view: { ownerId: string; shared: boolean }) => view.ownerId === actor.id || (view.shared && actor.role === "ADMIN");

function toItem(actor: Actor, view: ViewRow): SavedViewItem {
  return {
    id: view.id,
    name: view.name,
    path: view.path,
    shared: view.shared,
    version: view.version,
    ownerName: view.owner.name,
    mine: view.ownerId === actor.id,
    canEdit: mayEdit(actor, view),
  };
}

/** The actor's own views and everyone's shared ones, by name. */
export async function listSavedViews({ prisma, actor }: { prisma: Tx; actor: Actor }): Promise<SavedViewItem[]> {
  const rows = await prisma.savedView.findMany({
    where: { OR: [{ ownerId: actor.id }, { shared: true }] },
    select: viewSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => toItem(actor, row));
}

/**
 * Prisma reports P2002 on PostgreSQL; the embedded database's driver adapter passes
 * PostgreSQL's own code (23505) through as the cause instead.
 */
function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  return error instanceof Error && (error.cause as { code?: unknown } | undefined)?.code === "23505";
}

/** The unique index is the guard (two saves at once included); its violation becomes the keyed refusal. */
async function withNameGuard<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "savedView.nameTaken", { params: { name }, fieldErrors: { name: [{ key: "savedView.nameTaken", params: { name } }] } });
    }
    throw error;
  }
}

export async function createSavedView({ prisma, actor, input }: { prisma: PrismaClient; actor: Actor; input: z.output<typeof ZCreateSavedViewInput> }) {
  const row = await withNameGuard(input.name, () =>
    prisma.savedView.create({ data: { ownerId: actor.id, name: input.name, path: input.path, shared: input.shared }, select: viewSelect }),
  );
  return toItem(actor, row);
}

/** The view the actor may change, or the refusal: not found when they cannot even see it. */
async function editableView(tx: Tx, actor: Actor, id: string, version: number) {
  const view = await tx.savedView.findUnique({ where: { id }, select: viewSelect });
  if (!view || (view.ownerId !== actor.id && !view.shared)) throw new AppError("NOT_FOUND", "savedView.notFound", { params: { id } });
  if (!mayEdit(actor, view)) throw new AppError("FORBIDDEN", "savedView.notAuthor");
  if (view.version !== version) {
    throw new AppError("CONFLICT", "record.versionMismatch", { params: { current: view.version, expected: version }, current: toItem(actor, view) });
  }
  return view;
}

export async function updateSavedView({ prisma, actor, input }: { prisma: PrismaClient; actor: Actor; input: z.output<typeof ZUpdateSavedViewInput> }) {
  const { name, shared } = input.data;
  if (name === undefined && shared === undefined) throw new AppError("BAD_REQUEST", "validation.noChanges");
  return withNameGuard(name ?? "", () =>
    prisma.$transaction(async (tx) => {
      const view = await editableView(tx, actor, input.id, input.version);
      // Conditional on the version read: a concurrent save in between matches nothing.
      const written = await tx.savedView.updateMany({
        where: { id: view.id, version: view.version },
        data: { ...(name !== undefined ? { name } : {}), ...(shared !== undefined ? { shared } : {}), version: { increment: 1 } },
      });
      if (written.count === 0) throw new AppError("CONFLICT", "record.changedConcurrently");
      return toItem(actor, await tx.savedView.findUniqueOrThrow({ where: { id: view.id }, select: viewSelect }));
    }),
  );
}

export async function deleteSavedView({ prisma, actor, input }: { prisma: PrismaClient; actor: Actor; input: z.output<typeof ZDeleteSavedViewInput> }) {
  await prisma.$transaction(async (tx) => {
    const view = await editableView(tx, actor, input.id, input.version);
    const removed = await tx.savedView.deleteMany({ where: { id: view.id, version: view.version } });
    if (removed.count === 0) throw new AppError("CONFLICT", "record.changedConcurrently");
  });
  return { id: input.id };
}
