// Batch filing: a sheet of employees (a cohort of new graduates, say) becomes one draft per valid row.
// The sheet is read by the enterprise import's reader; only the columns and the row rules are ours.
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { Education, ResidencyKind, ServiceMode } from "../db/generated/enums.ts";
import { normaliseHeader } from "../spreadsheet/headers.ts";
import { readSheet } from "../spreadsheet/read-sheet.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { recordAudit } from "../audit/record.ts";
import { createDraft, lockEnterpriseFilings, openDuplicateWhere } from "./commands.ts";
import { canFileResidency } from "./policy.ts";
import { maskIdNumber, maskPhone } from "./mask.ts";
import { applicantSchema, type ApplicantInput } from "./schemas.ts";
import { clock } from "../time/clock.ts";

export const BATCH_FIELDS = [
  "kind",
  "applicantName",
  "applicantIdNumber",
  "applicantPhone",
  "education",
  "serviceMode",
  "greenChannel",
  "greenChannelReason",
] as const;
export type BatchField = (typeof BATCH_FIELDS)[number];
const REQUIRED: readonly BatchField[] = ["kind", "applicantName", "applicantIdNumber", "applicantPhone"];

/** The first alias is the template's header; the others are what people actually type. */
export const BATCH_HEADERS: Record<BatchField, readonly string[]> = {
  kind: ["业务类型", "办理事项", "类型", "事项", "kind", "type"],
  applicantName: ["申请人姓名", "姓名", "申请人", "name", "applicant"],
  applicantIdNumber: ["公民身份号码", "身份证号", "身份证号码", "身份证", "id number", "resident id", "id"],
  applicantPhone: ["手机号码", "手机号", "联系电话", "电话", "mobile", "phone"],
  education: ["学历", "最高学历", "education"],
  serviceMode: ["办理方式", "服务方式", "service mode", "mode"],
  greenChannel: ["绿色通道", "green channel"],
  greenChannelReason: ["绿色通道理由", "绿色通道原因", "green channel reason"],
};

const key = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_()（）-]+/g, "");

/** Words people write for each value → the enum; the enum names themselves work too. */
function lookup<T extends string>(values: readonly T[], words: Record<T, readonly string[]>): Map<string, T> {
  return new Map(values.flatMap((v) => [v, ...words[v]].map((w) => [key(w), v] as const)));
}

const KINDS = lookup(Object.values(ResidencyKind), {
  TALENT_SETTLEMENT: ["人才落户", "人才引进落户", "talent settlement"],
  COLLECTIVE_HOUSEHOLD: ["集体户", "集体户口", "单位集体户", "collective household"],
  RESIDENCE_PERMIT: ["居住证", "居住证办理", "residence permit"],
  CHILD_SCHOOL_PROOF: ["子女入学证明", "入学证明", "子女入学", "school enrolment proof", "child school proof"],
  ID_CARD: ["身份证", "居民身份证", "身份证办理", "id card"],
});
const EDUCATIONS = lookup(Object.values(Education), {
  VOCATIONAL: ["大专", "专科", "高职", "vocational", "college"],
  BACHELOR: ["本科", "学士", "bachelor"],
  MASTER: ["硕士", "研究生", "master"],
  DOCTORATE: ["博士", "doctorate", "phd"],
});
const MODES = lookup(Object.values(ServiceMode), {
  WINDOW: ["窗口", "窗口办理", "window"],
  APPOINTMENT: ["预约", "预约办理", "appointment"],
  DOOR_TO_DOOR: ["上门", "上门办理", "door to door"],
  PROXY: ["代办", "proxy"],
  ONLINE: ["网上", "网上办理", "线上", "online"],
});

/** A value as written → the enum; unknown text passes through for the schema to reject. */
const mapped = (map: Map<string, string>, text: string | undefined) =>
  text?.trim() ? (map.get(key(text)) ?? text.trim()) : undefined;

export type BatchRowStatus = "valid" | "error" | "duplicate";
export type BatchRow = {
  line: number;
  status: BatchRowStatus;
  applicantName: string;
  /** Masked: the preview is a list, and lists never carry full numbers. */
  applicantIdNumber: string;
  applicantPhone: string;
  kind: string;
  errors: Partial<Record<BatchField, string[]>>;
};
export type BatchPreview = { counts: Record<BatchRowStatus, number>; missingColumns: BatchField[]; rows: BatchRow[] };

type Checked = BatchRow & { input?: ApplicantInput };

async function readRows(
  file: Blob,
): Promise<{ missing: BatchField[]; rows: { line: number; values: Partial<Record<BatchField, string>> }[] }> {
  const { header, rows } = await readSheet(new Uint8Array(await file.arrayBuffer()));
  const columns: Partial<Record<BatchField, number>> = {};
  const byAlias = new Map(BATCH_FIELDS.flatMap((f) => BATCH_HEADERS[f].map((a) => [normaliseHeader(a), f] as const)));
  header.forEach((h, i) => {
    const field = byAlias.get(normaliseHeader(h));
    if (field && columns[field] === undefined) columns[field] = i;
  });
  const missing = REQUIRED.filter((f) => columns[f] === undefined);
  return {
    missing,
    rows: rows.map((r) => ({
      line: r.line,
      values: Object.fromEntries(
        BATCH_FIELDS.flatMap((f) => (columns[f] === undefined ? [] : [[f, (r.cells[columns[f]!] ?? "").trim()]])),
      ),
    })),
  };
}

/** One row through the same schema as the filing form. */
export function checkBatchRow(line: number, values: Partial<Record<BatchField, string>>): Checked {
  const parsed = applicantSchema.safeParse({
    kind: mapped(KINDS, values.kind) ?? "",
    applicantName: values.applicantName ?? "",
    applicantIdNumber: values.applicantIdNumber ?? "",
    applicantPhone: values.applicantPhone ?? "",
    education: mapped(EDUCATIONS, values.education) ?? "",
    // Most people are served at the window; a sheet without the column means that.
    serviceMode: mapped(MODES, values.serviceMode) ?? "WINDOW",
    greenChannel: values.greenChannel ?? "",
    greenChannelReason: values.greenChannelReason ?? "",
  });
  const shown = {
    line,
    applicantName: values.applicantName ?? "",
    applicantIdNumber: maskIdNumber(values.applicantIdNumber ?? ""),
    applicantPhone: maskPhone(values.applicantPhone ?? ""),
    kind: mapped(KINDS, values.kind) ?? "",
  };
  if (parsed.success) return { ...shown, status: "valid", errors: {}, input: parsed.data };
  const errors: Partial<Record<BatchField, string[]>> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "applicantName") as BatchField;
    const list = (errors[field] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return { ...shown, status: "error", errors };
}

/**
 * Every row checked, and marked duplicate when the same person and kind appear earlier in the file or
 * already have an unfinished request of the enterprise. That second check is what makes uploading the
 * same file twice harmless: the drafts of the first upload are found and not created again.
 */
async function checkFile(
  user: SessionUser,
  file: Blob,
): Promise<{ enterpriseId: string; missing: BatchField[]; rows: Checked[] }> {
  assertAllowed(user, canFileResidency);
  const enterpriseId = requireScopeId(user.enterpriseId, "enterprise");
  const enterprise = await getDb().enterprise.findFirst({
    where: { id: enterpriseId, bureauId: user.bureauId, active: true },
    select: { id: true },
  });
  if (!enterprise) throw new NotFoundError();
  const { missing, rows } = await readRows(file);
  if (missing.length) return { enterpriseId, missing, rows: [] };
  const checked = rows.map((r) => checkBatchRow(r.line, r.values));
  const valid = checked.filter((r) => r.input);
  const existing = valid.length
    ? await getDb().residencyRequest.findMany({
        where: { OR: valid.map((r) => openDuplicateWhere(enterpriseId, r.input!.kind, r.input!.applicantIdNumber)) },
        select: { kind: true, applicantIdNumber: true },
      })
    : [];
  const seen = new Set(existing.map((e) => `${e.kind}:${e.applicantIdNumber}`));
  for (const row of valid) {
    const k = `${row.input!.kind}:${row.input!.applicantIdNumber}`;
    if (seen.has(k)) {
      row.status = "duplicate";
      row.input = undefined;
    }
    seen.add(k);
  }
  return { enterpriseId, missing, rows: checked };
}

/** The row as the browser may see it: without the parsed (unmasked) input. */
function strip(row: Checked): BatchRow {
  const shown: Checked = { ...row };
  delete shown.input;
  return shown;
}

function countOf(rows: readonly BatchRow[]): Record<BatchRowStatus, number> {
  const counts = { valid: 0, error: 0, duplicate: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}

/** What the file would create, row by row, without creating anything. */
export async function previewBatch(user: SessionUser, input: { file: Blob }): Promise<BatchPreview> {
  const { missing, rows } = await checkFile(user, input.file);
  const shown = rows.map(strip);
  return { counts: countOf(shown), missingColumns: missing, rows: shown };
}

/** Creates the valid rows as drafts, all or none, in one transaction; errors and duplicates are skipped. */
export async function createBatch(
  user: SessionUser,
  input: { file: Blob },
): Promise<{ created: number; skipped: number }> {
  const { enterpriseId, missing, rows } = await checkFile(user, input.file);
  if (missing.length)
    throw new ActionError("residency.errors.missingColumns", { file: ["residency.errors.missingColumns"] });
  const valid = rows.filter((r) => r.input);
  if (valid.length === 0)
    throw new ActionError("residency.errors.nothingToCreate", { file: ["residency.errors.nothingToCreate"] });
  const now = clock.now();
  const created = await getDb().$transaction(
    async (tx) => {
      await lockEnterpriseFilings(tx, enterpriseId);
      const ids: string[] = [];
      for (const row of valid) {
        // Checked again under the lock: a concurrent upload of the same file must not slip through.
        const duplicate = await tx.residencyRequest.findFirst({
          where: openDuplicateWhere(enterpriseId, row.input!.kind, row.input!.applicantIdNumber),
          select: { id: true },
        });
        if (duplicate) continue;
        ids.push((await createDraft(tx, user, enterpriseId, row.input!, now)).id);
      }
      await recordAudit(tx, user, {
        action: "residency.batch",
        entity: "Enterprise",
        entityId: enterpriseId,
        after: { created: ids.length, rows: rows.length },
      });
      return ids.length;
    },
    { timeout: 60_000 },
  );
  return { created, skipped: rows.length - created };
}
