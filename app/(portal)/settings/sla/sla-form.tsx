"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { FieldErrors } from "@/lib/auth/errors";
import { PRIORITIES, TICKET_CATEGORIES } from "@/lib/sla/defaults";
import type { SlaCell } from "@/lib/sla/queries";
import { slaFieldName, slaTableEditSchema } from "@/lib/sla/schemas";
import { updateSlaTableAction } from "./actions";

type Feedback = { ok: boolean; message: string; fieldErrors: FieldErrors };

export function SlaForm({ cells }: { cells: SlaCell[] }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(updateSlaTableAction, null);
  // Errors found in the browser, before the server is asked; the server checks again with the same schema.
  const [local, setLocal] = useState<Feedback | null>(null);
  const server: Feedback | null = state && {
    ok: state.ok,
    message: state.ok ? t("sla.saved", { count: state.data.changed }) : state.message,
    fieldErrors: (!state.ok && state.fieldErrors) || {},
  };
  const feedback = local ?? server;
  // A new table from the server (saved here or by someone else) restarts the inputs from it.
  const version = cells.map((c) => `${c.acceptHours}/${c.resolveHours}/${c.isDefault}`).join(",");

  function checkBeforeSending(event: React.FormEvent<HTMLFormElement>) {
    const parsed = slaTableEditSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (parsed.success) return setLocal(null);
    event.preventDefault();
    const fieldErrors = errorsOf(parsed.error, t);
    setLocal({ ok: false, message: t("errors.invalidInput"), fieldErrors });
    const first = Object.keys(fieldErrors)[0];
    if (first) event.currentTarget.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  }

  return (
    <form action={formAction} onSubmit={checkBeforeSending} noValidate className="space-y-4">
      <SlaGrid key={version} cells={cells} fieldErrors={feedback?.fieldErrors ?? {}} />
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t("sla.saving") : t("sla.save")}
        </button>
        <p role="status" aria-live="polite" className={`text-sm ${feedback?.ok ? "text-green-700" : "text-red-700"}`}>
          {feedback?.message}
        </p>
      </div>
    </form>
  );
}

function errorsOf(error: z.ZodError, t: ReturnType<typeof useTranslations>): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) (out[issue.path.map(String).join(".")] ??= []).push(t(issue.message));
  return out;
}

function SlaGrid({ cells, fieldErrors }: { cells: SlaCell[]; fieldErrors: FieldErrors }) {
  const t = useTranslations("sla");
  const byKey = new Map(cells.map((c) => [`${c.category}.${c.priority}`, c]));
  // `relative` keeps the screen-reader-only label parts (absolutely positioned) inside the scroller;
  // without it they widen the whole page on phones.
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="sticky left-0 bg-white px-3 py-2 font-medium">
              {t("category")}
            </th>
            {PRIORITIES.map((p) => (
              <th key={p} scope="col" className="px-3 py-2 font-medium">
                {t(`priorities.${p}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TICKET_CATEGORIES.map((category) => (
            <tr key={category} className="border-b border-slate-100 align-top">
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 font-medium">
                {t(`categories.${category}`)}
              </th>
              {PRIORITIES.map((priority) => (
                <td key={priority} className="px-3 py-2">
                  <SlaCellInputs cell={byKey.get(`${category}.${priority}`)!} fieldErrors={fieldErrors} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SlaCellInputs({ cell, fieldErrors }: { cell: SlaCell; fieldErrors: FieldErrors }) {
  const t = useTranslations("sla");
  const { category, priority } = cell;
  const idOf = (part: Kind | "default") => `sla-${category}-${priority}-${part}`;
  const errorsFor = (kind: Kind) => fieldErrors[slaFieldName(category, priority, kind)] ?? [];
  const defaultId = cell.isDefault ? idOf("default") : null;
  const input = (kind: Kind, initial: number) => (
    <HoursInput
      id={idOf(kind)}
      name={slaFieldName(category, priority, kind)}
      initial={initial}
      invalid={errorsFor(kind).length > 0}
      describedBy={
        [errorsFor(kind).length ? `${idOf(kind)}-error` : null, defaultId].filter(Boolean).join(" ") || undefined
      }
      label={
        <>
          <span className="sr-only">
            {t("cellPrefix", { category: t(`categories.${category}`), priority: t(`priorities.${priority}`) })}
          </span>
          {t(kind === "accept" ? "acceptShort" : "resolveShort")}
          <span className="sr-only">{t("hoursSuffix")}</span>
        </>
      }
    />
  );
  return (
    <div className="min-w-[9rem]">
      <div className="flex gap-2">
        {input("accept", cell.acceptHours)}
        {input("resolve", cell.resolveHours)}
      </div>
      {defaultId ? (
        <p id={defaultId} className="mt-1 text-xs text-slate-500">
          <span aria-hidden="true">{t("default")}</span>
          <span className="sr-only">{t("defaultHint")}</span>
        </p>
      ) : null}
      {(["accept", "resolve"] as const).map((kind) =>
        errorsFor(kind).length ? (
          <p key={kind} id={`${idOf(kind)}-error`} className="mt-1 text-xs text-red-700">
            {errorsFor(kind).join(" ")}
          </p>
        ) : null,
      )}
      <input type="hidden" name={slaFieldName(category, priority, "seenAccept")} value={cell.acceptHours} />
      <input type="hidden" name={slaFieldName(category, priority, "seenResolve")} value={cell.resolveHours} />
    </div>
  );
}

type Kind = "accept" | "resolve";

type HoursInputProps = {
  id: string;
  name: string;
  initial: number;
  invalid: boolean;
  describedBy: string | undefined;
  label: React.ReactNode;
};

/** Controlled, so that the form reset React does after an action never drops what the user typed. */
function HoursInput({ id, name, initial, invalid, describedBy, label }: HoursInputProps) {
  const [value, setValue] = useState(String(initial));
  return (
    <div className="w-16">
      <label htmlFor={id} className="block text-xs text-slate-600">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={`mt-0.5 block w-full rounded-md border px-2 py-1 text-right tabular-nums ${invalid ? "border-red-600" : "border-slate-300"}`}
      />
    </div>
  );
}
