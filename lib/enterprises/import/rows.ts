import { ProjectPhase } from "../../db/generated/enums.ts";
import { enterpriseFieldsSchema, type EnterpriseFields } from "../schemas.ts";
import { creditCodeIssue, normaliseCreditCode } from "../../validation/credit-code.ts";
import type { ImportField, RowValues } from "./columns.ts";
import { isTemplateSample } from "./sample.ts";

/** `sample`: the template's example row, never imported. */
export type RowStatus = "valid" | "error" | "duplicateInFile" | "alreadyRegistered" | "sample";
/** Field → message keys (translated where they are shown). */
export type RowErrors = Partial<Record<ImportField, string[]>>;

export type CheckedRow = { ok: true; fields: EnterpriseFields } | { ok: false; errors: RowErrors };

export type Workstation = { id: string; code: string; name: string; nameEn: string };
/** Normalised code or name → workstation id. */
export type WorkstationLookup = Map<string, string>;

const key = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

/** A workstation may be named in a sheet by its code, its Chinese name or its English name. */
export function workstationLookup(workstations: readonly Workstation[]): WorkstationLookup {
  const lookup: WorkstationLookup = new Map();
  for (const w of workstations) {
    for (const name of [w.code, w.name, w.nameEn]) if (name.trim()) lookup.set(key(name), w.id);
  }
  return lookup;
}

const PHASES = new Map<string, ProjectPhase>([
  ["已签约", ProjectPhase.SIGNED],
  ["签约", ProjectPhase.SIGNED],
  ["signed", ProjectPhase.SIGNED],
  ["在建", ProjectPhase.UNDER_CONSTRUCTION],
  ["建设中", ProjectPhase.UNDER_CONSTRUCTION],
  ["underconstruction", ProjectPhase.UNDER_CONSTRUCTION],
  ["已投产", ProjectPhase.IN_PRODUCTION],
  ["投产", ProjectPhase.IN_PRODUCTION],
  ["inproduction", ProjectPhase.IN_PRODUCTION],
  ...Object.values(ProjectPhase).map((p) => [key(p).replace(/_/g, ""), p] as const),
]);

/** A phase as people write it → the enum; anything else passes through for the schema to reject. */
function phaseOf(text: string | undefined): string {
  const t = (text ?? "").trim();
  return PHASES.get(key(t).replace(/_/g, "")) ?? t;
}

/** The schema's field names → the sheet's. */
const FIELD_OF: Record<string, ImportField> = { workstationId: "workstation" };

/** One row through the same schema as the enterprise form, with the workstation resolved in the bureau. */
export function checkRow(values: RowValues, workstations: WorkstationLookup): CheckedRow {
  const errors: RowErrors = {};
  const named = (values.workstation ?? "").trim();
  const workstationId = named ? workstations.get(key(named)) : "";
  if (workstationId === undefined) errors.workstation = ["enterpriseImport.errors.unknownWorkstation"];

  const parsed = enterpriseFieldsSchema.safeParse({
    name: values.name ?? "",
    nameEn: values.nameEn ?? "",
    creditCode: values.creditCode ?? "",
    industry: values.industry ?? "",
    industryEn: values.industryEn ?? "",
    // An unknown name is reported above; a stand-in keeps the schema from adding "required" to it.
    workstationId: workstationId ?? "-",
    address: values.address ?? "",
    employees: values.employees ?? "",
    investmentWan: values.investmentWan ?? "",
    keyProject: values.keyProject ?? "",
    projectPhase: phaseOf(values.projectPhase),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? "name");
      const field = FIELD_OF[path] ?? (path as ImportField);
      const list = (errors[field] ??= []);
      if (!list.includes(issue.message)) list.push(issue.message);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, fields: parsed.data };
}

/** The code a row would be registered under, when it is a valid code at all. */
export function creditCodeOf(values: RowValues): string | null {
  const code = normaliseCreditCode(values.creditCode ?? "");
  return creditCodeIssue(code) === null ? code : null;
}

export type ClassifiedRow = {
  line: number;
  values: RowValues;
  status: RowStatus;
  errors: RowErrors;
  fields?: EnterpriseFields;
};

/**
 * Every row's status. A later row with the code of an earlier one is a duplicate even when the earlier
 * row has other errors: fixing that row would otherwise create a clash the preview never showed.
 */
export function classifyRows(
  rows: readonly { line: number; values: RowValues }[],
  workstations: WorkstationLookup,
  registered: ReadonlySet<string>,
): ClassifiedRow[] {
  const seen = new Set<string>();
  return rows.map(({ line, values }): ClassifiedRow => {
    // Before any check: the example is reported as the example, not as the errors of a half-edited row.
    if (isTemplateSample(values)) return { line, values, status: "sample", errors: {} };
    const checked = checkRow(values, workstations);
    const code = creditCodeOf(values);
    const repeated = code !== null && seen.has(code);
    if (code !== null) seen.add(code);
    if (!checked.ok) return { line, values, status: "error", errors: checked.errors };
    if (repeated) return { line, values, status: "duplicateInFile", errors: {} };
    if (registered.has(checked.fields.creditCode)) return { line, values, status: "alreadyRegistered", errors: {} };
    return { line, values, status: "valid", errors: {}, fields: checked.fields };
  });
}

export function countStatuses(rows: readonly { status: RowStatus }[]): Record<RowStatus, number> & { total: number } {
  const counts = { total: rows.length, valid: 0, error: 0, duplicateInFile: 0, alreadyRegistered: 0, sample: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}
