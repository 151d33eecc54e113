// A region's boundary drawn by an administrator: for a region the bundled map data lacks
// or draws as it was before a reform (Kazakhstan's Abai, Jetisu and Ulytau oblasts of
// 2022). The map draws it instead of the bundled shape. Kept apart from partner.update so
// that the partner's form and page never carry a megabyte of coordinates.
import type { z } from "zod";
import { boundaryPoints, ZBoundary, type ZSetBoundaryInput } from "@atlas/shared/partner";
import { Prisma, type PrismaClient } from "../../db.ts";
import { AppError, notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/** Stored boundaries passed the same check on the way in; a row written by other means is skipped, not trusted. */
function storedBoundary(value: Prisma.JsonValue | null): z.output<typeof ZBoundary> | null {
  const parsed = ZBoundary.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function setPartnerBoundary({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string;
  input: z.output<typeof ZSetBoundaryInput>;
}): Promise<{ id: string; version: number; points: number | null }> {
  const { id, version, boundary } = input;
  return prisma.$transaction(async (tx) => {
    const current = await tx.partner.findFirst({ where: { id, deletedAt: null }, select: { id: true, level: true, version: true, boundary: true } });
    if (!current) throw notFound("partner", id);
    assertVersion(current, version, "partner");
    if (boundary && current.level !== "REGION") throw new AppError("BAD_REQUEST", "partner.boundaryNotRegion");
    const written = await tx.partner.updateMany({
      where: { id, version },
      data: { boundary: boundary ?? Prisma.DbNull, version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("partner");
    // The history names the change by its size, not by a megabyte of coordinates.
    const before = storedBoundary(current.boundary);
    const points = boundary ? boundaryPoints(boundary) : null;
    await recordChange(tx, {
      entity: "partner",
      recordId: id,
      action: "UPDATE",
      userId: actorId,
      changes: { boundary: { from: before ? boundaryPoints(before) : null, to: points } },
    });
    return { id, version: version + 1, points };
  });
}

/** One region's boundary with its size, for the administrator's section of the partner page. */
export async function getPartnerBoundary({ prisma, id }: { prisma: PrismaClient; id: string }) {
  const partner = await prisma.partner.findFirst({ where: { id, deletedAt: null }, select: { id: true, version: true, boundary: true } });
  if (!partner) throw notFound("partner", id);
  const boundary = storedBoundary(partner.boundary);
  return { id, version: partner.version, boundary, points: boundary ? boundaryPoints(boundary) : null };
}

/** The regions that carry a boundary of their own, for the map. A region has one; there are at most a few hundred. */
export async function listPartnerBoundaries({ prisma }: { prisma: PrismaClient }) {
  const rows = await prisma.partner.findMany({
    where: { deletedAt: null, level: "REGION", boundary: { not: Prisma.DbNull } },
    select: { id: true, isoCode: true, boundary: true },
    orderBy: { id: "asc" },
  });
  return rows.flatMap((r) => {
    const boundary = storedBoundary(r.boundary);
    return boundary ? [{ partnerId: r.id, isoCode: r.isoCode, boundary }] : [];
  });
}
