import { getDb } from "../../db/index.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { ActionError } from "../../auth/errors.ts";
import { assertAllowed } from "../../auth/question.ts";
import { recordAudit } from "../../audit/record.ts";
import { headerLabel, mapHeaders, rowValues, type RowValues } from "./columns.ts";
import { canImportEnterprises, importBureauId } from "./policy.ts";
import { readSheet } from "../../spreadsheet/read-sheet.ts";
import { classifyRows, countStatuses, creditCodeOf, workstationLookup, type ClassifiedRow } from "./rows.ts";

async function lookupFor(bureauId: string) {
  const workstations = await getDb().workstation.findMany({
    where: { bureauId, active: true },
    select: { id: true, code: true, name: true, nameEn: true },
  });
  return workstationLookup(workstations);
}

/**
 * The codes among `codes` that are registered anywhere. Codes are unique across the whole system (one
 * legal entity, one registration), so a code of another county is "already registered" too; the answer
 * reveals only that, never which bureau holds it or anything about the enterprise.
 */
async function registeredAmong(codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const found = await getDb().enterprise.findMany({
    where: { creditCode: { in: codes } },
    select: { creditCode: true },
  });
  return new Set(found.map((e) => e.creditCode));
}

function codesOf(rows: readonly { values: RowValues }[]): string[] {
  return [...new Set(rows.map((r) => creditCodeOf(r.values)).filter((c): c is string => c !== null))];
}

export type PreviewRow = Omit<ClassifiedRow, "fields">;
export type ImportPreview = { counts: ReturnType<typeof countStatuses>; rows: PreviewRow[] };

/** Reads and checks a register without writing anything. */
export async function previewImport(user: SessionUser, input: { file: Blob }): Promise<ImportPreview> {
  // Commands are called directly too (the import benchmark, tests), not only through the action wrapper.
  assertAllowed(user, canImportEnterprises);
  const bureauId = importBureauId(user);
  const { header, rows } = await readSheet(new Uint8Array(await input.file.arrayBuffer()));
  const { columns, missing } = mapHeaders(header);
  if (missing.length > 0) {
    const key = "enterpriseImport.errors.missingHeaders";
    throw new ActionError(key, { file: [key] }, { headers: missing.map(headerLabel) });
  }
  const sheet = rows.map((r) => ({ line: r.line, values: rowValues(r.cells, columns) }));
  const [lookup, registered] = await Promise.all([lookupFor(bureauId), registeredAmong(codesOf(sheet))]);
  // The parsed fields hold bigints and are rebuilt by the commit anyway; the browser gets the cells.
  const classified = classifyRows(sheet, lookup, registered).map((r): PreviewRow => ({
    line: r.line,
    values: r.values,
    status: r.status,
    errors: r.errors,
  }));
  return { counts: countStatuses(classified), rows: classified };
}

export type CommitResult = { imported: number; skipped: number };

/**
 * Registers one chunk of previewed rows in the importer's bureau. Rows that no longer pass (edited in
 * transit, a workstation closed meanwhile, the code registered since) are skipped, never half-written.
 */
export async function commitImport(
  user: SessionUser,
  input: { rows: { line: number; values: RowValues }[] },
): Promise<CommitResult> {
  assertAllowed(user, canImportEnterprises);
  const bureauId = importBureauId(user);
  const [lookup, registered] = await Promise.all([lookupFor(bureauId), registeredAmong(codesOf(input.rows))]);
  const valid = classifyRows(input.rows, lookup, registered).flatMap((r) =>
    r.status === "valid" && r.fields ? [r.fields] : [],
  );
  if (valid.length === 0) return { imported: 0, skipped: input.rows.length };

  const created = await getDb().$transaction(async (tx) => {
    // Another import may register the same code between the check above and this insert; such rows
    // are left out by the database instead of failing the whole chunk.
    const rows = await tx.enterprise.createManyAndReturn({
      data: valid.map((f) => ({ ...f, bureauId })),
      skipDuplicates: true,
      select: { creditCode: true },
    });
    if (rows.length > 0) {
      await recordAudit(tx, user, {
        action: "enterprise.import",
        entity: "Bureau",
        entityId: bureauId,
        after: { creditCodes: rows.map((r) => r.creditCode) },
      });
    }
    return rows.length;
  });
  return { imported: created, skipped: input.rows.length - created };
}
