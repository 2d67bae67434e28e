"use client";

import { Link } from "@/components/ui/link";
import { useState, type FormEvent } from "react";
import { FileSearch, Import } from "lucide-react";
import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { DataTableView, type Column } from "@/components/ui/data-table-view";
import { Stat } from "@/components/ui/stat";
import type { ImportPreview, PreviewRow } from "@/lib/enterprises/import/commands";
import { COMMIT_CHUNK_ROWS, MAX_IMPORT_MB, MAX_IMPORT_ROWS } from "@/lib/enterprises/import/limits";
import { commitImport, previewImport } from "./actions";

const STATUS_STYLE: Record<PreviewRow["status"], string> = {
  valid: "bg-green-50 text-green-800",
  error: "bg-red-50 text-red-800",
  duplicateInFile: "bg-amber-50 text-amber-800",
  alreadyRegistered: "bg-slate-100 text-slate-700",
  sample: "bg-slate-100 text-slate-700",
};

/** Upload → checked preview → confirmed import in chunks. A new file replaces the preview and its progress. */
export function ImportWizard() {
  const t = useTranslations("enterpriseImport");
  const { state, formAction, onSubmit, pending } = useActionForm(previewImport);
  const { errors, describe, error } = fieldErrors(state);
  // Each check starts a fresh preview panel, so no progress of an earlier file survives.
  const [attempt, setAttempt] = useState(0);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    setAttempt((a) => a + 1);
    onSubmit(event);
  };
  return (
    <>
      <form action={formAction} onSubmit={submit} className="mt-4 space-y-3" noValidate>
        <div>
          <label htmlFor="file" className="block text-sm font-medium text-slate-700">
            {t("fileLabel")}
          </label>
          <input
            id="file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block w-full text-sm"
            {...describe("file", "file-hint")}
          />
          <p id="file-hint" className="mt-1 text-xs text-slate-500">
            {t("fileHint", { maxMb: MAX_IMPORT_MB, maxRows: MAX_IMPORT_ROWS })}
          </p>
          {error("file")}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" icon={FileSearch} pending={pending} pendingLabel={t("checking")}>
            {t("check")}
          </Button>
          {/* A refused file is answered at the file field; a success shows the preview instead of a message. */}
          <FormStatus state={state && !state.ok && !errors.file ? state : null} />
        </div>
      </form>
      {state?.ok && !pending ? <PreviewPanel key={attempt} preview={state.data} /> : null}
    </>
  );
}

type Progress = { done: number; imported: number; skipped: number; finished: boolean; error?: string };

function PreviewPanel({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("enterpriseImport");
  const root = useTranslations();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const valid = preview.rows.filter((r) => r.status === "valid");
  const { counts } = preview;
  const shown = onlyProblems ? preview.rows.filter((r) => r.status !== "valid") : preview.rows;

  const run = async () => {
    const p: Progress = { done: 0, imported: 0, skipped: 0, finished: false };
    setProgress({ ...p });
    // One chunk after another: each is its own short transaction, and the bar shows real progress.
    for (let at = 0; at < valid.length; at += COMMIT_CHUNK_ROWS) {
      const chunk = valid.slice(at, at + COMMIT_CHUNK_ROWS).map((r) => ({ line: r.line, values: r.values }));
      let result;
      try {
        result = await commitImport(null, { rows: chunk });
      } catch {
        // The connection dropped or the server failed outside the action's own error handling.
        result = { ok: false as const, message: root("errors.unexpected") };
      }
      if (!result.ok) {
        setProgress({ ...p, finished: true, error: result.message });
        return;
      }
      p.done += chunk.length;
      p.imported += result.data.imported;
      p.skipped += result.data.skipped;
      setProgress({ ...p, finished: p.done === valid.length });
    }
  };

  return (
    <div className="mt-6 space-y-4" data-testid="import-preview">
      <h3 className="text-base font-semibold text-slate-900">{t("previewTitle")}</h3>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Stat label={t("counts.total")} value={counts.total} testId="count-total" />
        <Stat label={t("counts.valid")} value={counts.valid} testId="count-valid" />
        <Stat
          label={t("counts.error")}
          value={counts.error}
          tone={counts.error ? "warn" : "default"}
          testId="count-error"
        />
        <Stat
          label={t("counts.duplicateInFile")}
          value={counts.duplicateInFile}
          tone={counts.duplicateInFile ? "warn" : "default"}
          testId="count-duplicate"
        />
        <Stat label={t("counts.alreadyRegistered")} value={counts.alreadyRegistered} testId="count-registered" />
        {counts.sample ? <Stat label={t("counts.sample")} value={counts.sample} testId="count-sample" /> : null}
      </dl>

      <ImportControls
        total={valid.length}
        progress={progress}
        onConfirm={run}
        skippedInPreview={counts.total - counts.valid}
      />

      {preview.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noRows")}</p>
      ) : (
        <>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
            {t("onlyProblems")}
          </label>
          {shown.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noProblems")}</p>
          ) : (
            <PreviewTable rows={shown} />
          )}
        </>
      )}
    </div>
  );
}

function ImportControls(props: {
  total: number;
  progress: Progress | null;
  onConfirm: () => void;
  skippedInPreview: number;
}) {
  const t = useTranslations("enterpriseImport");
  const { total, progress } = props;
  const running = progress !== null && !progress.finished;
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-3">
      {total === 0 ? <p className="text-sm text-slate-600">{t("nothingToImport")}</p> : null}
      <Button
        icon={Import}
        onClick={props.onConfirm}
        disabled={total === 0 || progress !== null}
        pending={running}
        pendingLabel={t("importing")}
      >
        {t("confirm", { count: total })}
      </Button>
      {progress ? (
        <div className="space-y-1">
          <div
            role="progressbar"
            aria-label={t("progressLabel")}
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={progress.done}
            className="h-2 w-full overflow-hidden rounded bg-slate-200"
          >
            <div
              className="h-full bg-brand-600 transition-all"
              style={{ width: `${total ? (100 * progress.done) / total : 0}%` }}
            />
          </div>
          <p aria-live="polite" className="text-sm text-slate-700">
            {t("progress", { done: progress.done, total })}
          </p>
        </div>
      ) : null}
      {progress?.error ? (
        <p role="alert" className="text-sm text-red-700">
          {t("stopped", { done: progress.done, total, message: progress.error })}
        </p>
      ) : null}
      {progress?.finished && !progress.error ? (
        <p role="status" className="text-sm font-medium text-green-800" data-testid="import-summary">
          {t("summary", { imported: progress.imported, skipped: progress.skipped + props.skippedInPreview })}{" "}
          <Link href="/enterprises" className="text-brand-600 hover:underline">
            {t("backToList")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function PreviewTable({ rows }: { rows: PreviewRow[] }) {
  const t = useTranslations("enterpriseImport");
  const root = useTranslations();
  const common = useTranslations("common");
  const problems = (row: PreviewRow) => {
    if (row.status === "duplicateInFile" || row.status === "alreadyRegistered" || row.status === "sample")
      return [t(`statusDetail.${row.status}`)];
    return Object.entries(row.errors).flatMap(([field, keys]) =>
      (keys ?? []).map((k) => t("problem", { field: t(`fields.${field}`), message: root(k) })),
    );
  };
  const columns: Column<PreviewRow>[] = [
    { key: "line", header: t("columns.line"), rowHeader: true, className: "tabular-nums", cell: (r) => r.line },
    { key: "name", header: t("columns.name"), cell: (r) => r.values.name },
    {
      key: "creditCode",
      header: t("columns.creditCode"),
      className: "font-mono text-xs",
      cell: (r) => r.values.creditCode,
    },
    { key: "workstation", header: t("columns.workstation"), cell: (r) => r.values.workstation },
    {
      key: "status",
      header: t("columns.status"),
      cell: (r) => (
        <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[r.status]}`}>
          {t(`status.${r.status}`)}
        </span>
      ),
    },
    {
      key: "problems",
      header: t("columns.problems"),
      cell: (r) => (
        <ul className="space-y-0.5">
          {problems(r).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <DataTableView
      caption={t("caption")}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.line)}
      rowData={(r) => ({ line: String(r.line) })}
      empty={null}
      labels={{ sortedAscending: common("sortedAscending"), sortedDescending: common("sortedDescending") }}
    />
  );
}
