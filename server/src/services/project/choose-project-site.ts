import type { TChooseProjectSiteInput } from "@atlas/shared/project";
import type { PrismaClient } from "../../db.ts";
import { AppError, notFound, problem } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { getProject } from "./get-project.ts";
import { projectSiteSelect, projectWriteSelect } from "./project-select.ts";
import { siteForLog } from "./project-rules.ts";

/**
 * The decision on where a project goes: the named site becomes CHOSEN and every other
 * site that was still in play (a candidate, or the site chosen before) becomes REJECTED.
 */
export async function chooseProjectSite({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TChooseProjectSiteInput }) {
  const { id, version, siteId } = input;
  await prisma.$transaction(async (tx) => {
    const current = await tx.project.findFirst({ where: { id, deletedAt: null }, select: projectWriteSelect });
    if (!current) throw notFound("project", id);
    assertVersion(current, version, "project");
    const site = current.sites.find((s) => s.id === siteId);
    if (!site) {
      throw new AppError("BAD_REQUEST", "reference.projectSite", { fieldErrors: { siteId: [problem("reference.projectSite")] } });
    }
    const written = await tx.project.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("project");
    await tx.projectSite.update({ where: { id: siteId }, data: { status: "CHOSEN" } });
    await tx.projectSite.updateMany({
      where: { projectId: id, id: { not: siteId }, status: { in: ["CANDIDATE", "CHOSEN"] } },
      data: { status: "REJECTED" },
    });
    const after = await tx.projectSite.findMany({ where: { projectId: id }, select: projectSiteSelect, orderBy: [{ name: "asc" }, { id: "asc" }] });
    const previous = current.sites.find((s) => s.status === "CHOSEN");
    await recordChange(tx, {
      entity: "project",
      recordId: id,
      action: "UPDATE",
      userId: actorId,
      changes: {
        chosenSite: { from: previous?.name ?? null, to: site.name },
        ...diffFields({ sites: current.sites.map(siteForLog) }, { sites: after.map(siteForLog) }),
      },
    });
  });
  return getProject({ prisma, id });
}
