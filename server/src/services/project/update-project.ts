import type { z } from "zod";
import type { ZUpdateProjectInput } from "@atlas/shared/project";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { getProject } from "./get-project.ts";
import { projectWriteSelect } from "./project-select.ts";
import { assertProjectReferences, projectSearchText, siteForLog } from "./project-rules.ts";

/** Changes the given fields; `data.sites`, when present, replaces every site of the project. */
export async function updateProject({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZUpdateProjectInput> }) {
  const { id, version, data } = input;
  await prisma.$transaction(async (tx) => {
    const current = await tx.project.findFirst({ where: { id, deletedAt: null }, select: projectWriteSelect });
    if (!current) throw notFound("project", id);
    assertVersion(current, version, "project");
    await assertProjectReferences(tx, data, "data.");
    const { sites, ...fields } = data;
    const written = await tx.project.updateMany({
      where: { id, version },
      data: {
        ...fields,
        searchText: projectSearchText({ title: fields.title ?? current.title, summary: fields.summary !== undefined ? fields.summary : current.summary }),
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) throw concurrentWriteConflict("project");
    if (sites) {
      await tx.projectSite.deleteMany({ where: { projectId: id } });
      if (sites.length > 0) await tx.projectSite.createMany({ data: sites.map((s) => ({ ...s, projectId: id })) });
    }
    await recordChange(tx, {
      entity: "project",
      recordId: id,
      action: "UPDATE",
      userId: actorId,
      changes: diffFields({ ...current, sites: current.sites.map(siteForLog) }, { ...fields, sites: sites?.map(siteForLog) }),
    });
  });
  return getProject({ prisma, id });
}
