import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { toSourceRef } from "../source/source-select.ts";
import { projectDetailSelect } from "./project-select.ts";
import { withTimestamps } from "../common/timestamps.ts";

export async function getProject({ prisma, id }: { prisma: Tx; id: string }) {
  const project = await prisma.project.findFirst({ where: { id, deletedAt: null }, select: projectDetailSelect });
  if (!project) throw notFound("project", id);
  // The cited source's publication date leaves as a calendar day.
  return { ...withTimestamps(project), source: toSourceRef(project.source) };
}
