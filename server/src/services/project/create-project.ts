import type { z } from "zod";
import type { ZCreateProjectInput } from "@atlas/shared/project";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { getProject } from "./get-project.ts";
import { assertProjectReferences, projectSearchText, siteForLog } from "./project-rules.ts";

export async function createProject({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZCreateProjectInput> }) {
  const id = await prisma.$transaction(async (tx) => {
    await assertProjectReferences(tx, input);
    const { sites, ...fields } = input;
    const created = await tx.project.create({
      data: { ...fields, searchText: projectSearchText(input), sites: { createMany: { data: sites } } },
      select: { id: true },
    });
    await recordChange(tx, {
      entity: "project",
      recordId: created.id,
      action: "CREATE",
      userId: actorId,
      changes: { ...snapshot(fields), sites: sites.map(siteForLog) },
    });
    return created.id;
  });
  return getProject({ prisma, id });
}
