// bulkImport.preview and bulkImport.commit. The commit reads and checks the file again
// (it never trusts a preview the client sends back) and writes every row or none: one
// transaction. People, the kind imported by thousands, are written a table at a time
// (createPeople, as createPerson would); the other kinds each record by its own create
// service, so rules and history are the same as from the forms.
import type { z } from "zod";
import { bulkImportFields } from "@atlas/shared/bulk-import-columns";
import {
  type TBulkImportCommitResult,
  type TBulkImportKind,
  type TBulkImportPreview,
  type ZBulkImportCommitInput,
  type ZBulkImportFileInput,
} from "@atlas/shared/bulk-import";
import type { PrismaClient, Tx } from "../../db.ts";
import { AppError, type FieldErrors } from "../../errors.ts";
import { createExportFigure } from "../export-figure/create-export-figure.ts";
import { createMeeting } from "../meeting/create-meeting.ts";
import { createPartner } from "../partner/create-partner.ts";
import { transactionBound } from "../press-import/confirm-release.ts";
import { createPeople } from "./create-people.ts";
import { checkRows, type CheckedRow, type CreateInputs } from "./check-rows.ts";
import { readTable } from "./read-table.ts";

/** 5,000 rows with their history are written in seconds; the default 5 s would cut a large import short. */
const commitTimeoutMs = 120_000;

async function checkFile(prisma: PrismaClient, input: z.output<typeof ZBulkImportFileInput>) {
  const table = await readTable(input.fileName, Buffer.from(input.contentBase64, "base64"));
  const { mapping, rows } = await checkRows({ prisma, kind: input.kind, table, chosenMapping: input.mapping });
  return { table, mapping, rows };
}

export async function previewImport({ prisma, input }: { prisma: PrismaClient; input: z.output<typeof ZBulkImportFileInput> }): Promise<TBulkImportPreview> {
  const { table, mapping, rows } = await checkFile(prisma, input);
  return {
    kind: input.kind,
    headers: table.headers,
    fields: [...bulkImportFields[input.kind]],
    mapping,
    rows: rows.map(({ input: _input, ...row }) => row),
  };
}

type Writer<K extends TBulkImportKind> = (tx: Tx, actorId: string, inputs: Array<CreateInputs[K]>) => Promise<unknown>;

/** Each record by its own create service, bound to the import's transaction. */
const oneByOne =
  <K extends TBulkImportKind>(create: (args: { prisma: PrismaClient; actorId: string; input: CreateInputs[K] }) => Promise<unknown>): Writer<K> =>
  async (tx, actorId, inputs) => {
    const bound = transactionBound(tx);
    for (const input of inputs) await create({ prisma: bound, actorId, input });
  };

const writers: { [K in TBulkImportKind]: Writer<K> } = {
  partner: oneByOne(createPartner),
  person: createPeople,
  meeting: oneByOne(createMeeting),
  exportFigure: oneByOne(createExportFigure),
};

/** Field errors of the rows that keep the import back, under «rows.<row number>.<field>». */
function rowFieldErrors(rows: CheckedRow[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const row of rows) for (const [field, found] of Object.entries(row.errors)) fieldErrors[`rows.${row.rowNumber}.${field}`] = found;
  return fieldErrors;
}

export async function commitImport({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string;
  input: z.output<typeof ZBulkImportCommitInput>;
}): Promise<TBulkImportCommitResult> {
  const { rows } = await checkFile(prisma, input);
  const skipped = new Set(input.skipRows);
  const kept = rows.filter((row) => !skipped.has(row.rowNumber));
  if (kept.length === 0) throw new AppError("BAD_REQUEST", "bulkImport.nothingToImport");
  const failing = kept.filter((row) => row.input === null);
  if (failing.length > 0) {
    throw new AppError("BAD_REQUEST", "bulkImport.rowsHaveErrors", {
      params: {
        count: failing.length,
        rows: failing
          .slice(0, 10)
          .map((row) => row.rowNumber)
          .join(", "),
      },
      fieldErrors: rowFieldErrors(failing),
    });
  }
  const write = writers[input.kind] as Writer<TBulkImportKind>;
  await prisma.$transaction(
    (tx) =>
      write(
        tx,
        actorId,
        kept.map((row) => row.input!),
      ),
    { timeout: commitTimeoutMs },
  );
  return { kind: input.kind, created: kept.length };
}
