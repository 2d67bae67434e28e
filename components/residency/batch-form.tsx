"use client";

import { useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import type { BatchPreview } from "@/lib/residency/batch";

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
          <button
            type="button"
            disabled={pending}
            onClick={() => send("preview")}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
          >
            {pending ? t("residency.working") : t("residency.batch.preview")}
          </button>
          {shown && shown.counts.valid > 0 ? (
            <button
              type="button"
              disabled={pending}
              onClick={() => send("create")}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {t("residency.batch.create", { count: shown.counts.valid })}
            </button>
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
          {shown.missingColumns.length ? (
            <p className="mt-2 text-sm text-red-700">
              {t("residency.batch.missingColumns", {
                columns: shown.missingColumns.map((c) => t(`residency.fields.${c}`)).join("、"),
              })}
            </p>
          ) : (
            <div className="mt-3 overflow-x-auto">
              <table className="w-full min-w-[40rem] text-left text-sm">
                <caption className="sr-only">{t("residency.batch.caption")}</caption>
                <thead className="border-b border-slate-200 text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      {t("residency.batch.line")}
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      {t("residency.fields.applicantName")}
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      {t("residency.fields.applicantIdNumber")}
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      {t("residency.fields.kind")}
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      {t("residency.batch.result")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.rows.map((r) => (
                    <tr
                      key={r.line}
                      className="border-b border-slate-100 align-top"
                      data-testid={`batch-row-${r.line}`}
                    >
                      <td className="py-2 pr-3 tabular-nums">{r.line}</td>
                      <td className="py-2 pr-3">{r.applicantName}</td>
                      <td className="py-2 pr-3 font-mono text-xs">{r.applicantIdNumber}</td>
                      <td className="py-2 pr-3">
                        {t.has(`residency.kinds.${r.kind}`) ? t(`residency.kinds.${r.kind}`) : r.kind}
                      </td>
                      <td className={`py-2 ${STATUS_STYLE[r.status]}`}>
                        {t(`residency.batch.statuses.${r.status}`)}
                        {Object.entries(r.errors).map(([field, keys]) => (
                          <span key={field} className="block text-xs">
                            {t(`residency.fields.${field}`)}: {(keys ?? []).map((k) => (t.has(k) ? t(k) : k)).join(" ")}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
