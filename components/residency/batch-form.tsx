"use client";

import { useRef, useState, useTransition } from "react";
import { Link } from "@/components/ui/link";
import { FilePlus, FileSearch } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { NAME_LIST } from "@/lib/i18n/list-style";
import type { ActionResult } from "@/lib/auth/action-core";
import type { BatchPreview, BatchRow } from "@/lib/residency/batch";
import { Button } from "@/components/ui/button";
import { DataTableView, type Column } from "@/components/ui/data-table-view";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

const STATUS_STYLE = { valid: "text-emerald-800", error: "text-red-800", duplicate: "text-slate-500" } as const;

/**
 * Upload → preview with per-row errors → create the valid rows. The same file is sent again to
 * create, and checked again there: nothing the browser kept between the two steps is trusted.
 */
export function BatchForm({
  preview,
  create,
}: {
  preview: Action<BatchPreview>;
  create: Action<{ created: number; skipped: number }>;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useState<BatchPreview | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function send(step: "preview" | "create") {
    const file = fileRef.current?.files?.[0];
    const data = new FormData();
    if (file) data.set("file", file);
    startTransition(async () => {
      if (step === "preview") {
        const result = await preview(null, data);
        setShown(result.ok ? result.data : null);
        setMessage(
          result.ok ? null : { ok: false, text: [result.message, ...(result.fieldErrors?.file ?? [])].join(" ") },
        );
      } else {
        const result = await create(null, data);
        if (result.ok) setShown(null);
        setMessage(
          result.ok
            ? { ok: true, text: t("residency.batch.created", result.data) }
            : { ok: false, text: [result.message, ...(result.fieldErrors?.file ?? [])].join(" ") },
        );
      }
    });
  }

  const columns: Column<BatchRow>[] = [
    { key: "line", header: t("residency.batch.line"), className: "tabular-nums", cell: (r) => r.line },
    { key: "applicantName", header: t("residency.fields.applicantName"), cell: (r) => r.applicantName },
    {
      key: "applicantIdNumber",
      header: t("residency.fields.applicantIdNumber"),
      className: "font-mono text-xs",
      cell: (r) => r.applicantIdNumber,
    },
    {
      key: "kind",
      header: t("residency.fields.kind"),
      cell: (r) => (t.has(`residency.kinds.${r.kind}`) ? t(`residency.kinds.${r.kind}`) : r.kind),
    },
    {
      key: "result",
      header: t("residency.batch.result"),
      cell: (r) => (
        <div className={STATUS_STYLE[r.status]}>
          {t(`residency.batch.statuses.${r.status}`)}
          {Object.entries(r.errors).map(([field, keys]) => (
            <span key={field} className="block text-xs">
              {t(`residency.fields.${field}`)}: {(keys ?? []).map((k) => (t.has(k) ? t(k) : k)).join(" ")}
            </span>
          ))}
        </div>
      ),
    },
  ];

  return (
    <div className="space-y-4">
      <div className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <label htmlFor="batch-file" className="block text-sm font-medium text-slate-700">
          {t("residency.batch.file")}
        </label>
        <input
          ref={fileRef}
          id="batch-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={() => {
            setShown(null);
            setMessage(null);
          }}
          className="block w-full text-sm"
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button
            variant="secondary"
            icon={FileSearch}
            pending={pending}
            pendingLabel={t("residency.working")}
            onClick={() => send("preview")}
          >
            {t("residency.batch.preview")}
          </Button>
          {shown && shown.counts.valid > 0 ? (
            <Button icon={FilePlus} disabled={pending} onClick={() => send("create")}>
              {t("residency.batch.create", { count: shown.counts.valid })}
            </Button>
          ) : null}
          <p
            role="status"
            aria-live="polite"
            className={`text-sm ${message?.ok ? "text-emerald-700" : "text-red-700"}`}
          >
            {message?.text}
            {message?.ok ? (
              <Link href="/residency" className="ml-2 text-brand-600 underline">
                {t("residency.batch.toList")}
              </Link>
            ) : null}
          </p>
        </div>
      </div>
      {shown ? (
        <section aria-labelledby="preview-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="preview-title" className="text-base font-semibold">
            {t("residency.batch.previewTitle", shown.counts)}
          </h2>
          {/* A file of headers only has no rows to list: the counts above say so. */}
          {shown.missingColumns.length ? (
            <p className="mt-2 text-sm text-red-700">
              {t("residency.batch.missingColumns", {
                columns: format.list(
                  shown.missingColumns.map((c) => t(`residency.fields.${c}`)),
                  NAME_LIST,
                ),
              })}
            </p>
          ) : shown.rows.length ? (
            <div className="mt-3">
              <DataTableView
                caption={t("residency.batch.caption")}
                columns={columns}
                rows={shown.rows}
                rowKey={(r) => String(r.line)}
                rowTestId={(r) => `batch-row-${r.line}`}
                empty={null}
                labels={{
                  sortedAscending: t("common.sortedAscending"),
                  sortedDescending: t("common.sortedDescending"),
                }}
              />
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
