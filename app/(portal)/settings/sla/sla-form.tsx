"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { ActionResult } from "@/lib/auth/action-core";
import type { FieldErrors } from "@/lib/auth/errors";
import { PRIORITIES, TICKET_CATEGORIES } from "@/lib/sla/defaults";
import type { SlaCell } from "@/lib/sla/queries";
import { slaFieldName, slaTableEditSchema } from "@/lib/sla/schemas";
import { FormFooter } from "@/components/forms/form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { DataTableView, type Column } from "@/components/ui/data-table-view";
import { updateSlaTableAction } from "./actions";

type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export function SlaForm({ cells }: { cells: SlaCell[] }) {
  const t = useTranslations();
  const { state, formAction, onSubmit, pending } = useActionForm(updateSlaTableAction, {
    done: (data) => t("sla.saved", { count: data.changed }),
  });
  // Errors found in the browser, before the server is asked; the server checks again with the same schema.
  const [local, setLocal] = useState<ActionResult<unknown> | null>(null);
  const feedback = local ?? state;
  const fieldErrors = (feedback && !feedback.ok && feedback.fieldErrors) || {};
  // A new table from the server (saved here or by someone else) restarts the inputs from it.
  const version = cells.map((c) => `${c.acceptHours}/${c.resolveHours}/${c.isDefault}`).join(",");

  function checkBeforeSending(event: React.FormEvent<HTMLFormElement>) {
    const parsed = slaTableEditSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (parsed.success) {
      setLocal(null);
      return onSubmit(event);
    }
    event.preventDefault();
    const fieldErrors = errorsOf(parsed.error, t);
    setLocal({ ok: false, message: t("errors.invalidInput"), fieldErrors });
    const first = Object.keys(fieldErrors)[0];
    if (first) event.currentTarget.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  }

  return (
    <form action={formAction} onSubmit={checkBeforeSending} noValidate className="space-y-4">
      <SlaGrid key={version} cells={cells} fieldErrors={fieldErrors} />
      <FormFooter state={feedback} pending={pending} submitLabel={t("sla.save")} workingLabel={t("sla.saving")} />
    </form>
  );
}

function errorsOf(error: z.ZodError, t: ReturnType<typeof useTranslations>): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) (out[issue.path.map(String).join(".")] ??= []).push(t(issue.message));
  return out;
}

/** The hours grid: a table of categories by priorities on wide screens, one card per category on phones. */
function SlaGrid({ cells, fieldErrors }: { cells: SlaCell[]; fieldErrors: FieldErrors }) {
  const t = useTranslations("sla");
  const tc = useTranslations("common");
  const byKey = new Map(cells.map((c) => [`${c.category}.${c.priority}`, c]));
  const columns: Column<TicketCategory>[] = [
    { key: "category", header: t("category"), rowHeader: true, cell: (category) => t(`categories.${category}`) },
    ...PRIORITIES.map((priority) => ({
      key: priority,
      header: t(`priorities.${priority}`),
      cell: (category: TicketCategory) => (
        <SlaCellInputs cell={byKey.get(`${category}.${priority}`)!} fieldErrors={fieldErrors} />
      ),
    })),
  ];
  // `relative` keeps the screen-reader-only label parts (absolutely positioned) inside the scroller;
  // without it they widen the whole page.
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white p-3 max-sm:border-0 max-sm:p-0">
      <DataTableView
        caption={t("caption")}
        columns={columns}
        rows={TICKET_CATEGORIES}
        rowKey={(category) => category}
        empty={null}
        labels={{ sortedAscending: tc("sortedAscending"), sortedDescending: tc("sortedDescending") }}
      />
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

const HOURS_INPUT = "mt-0.5 block w-full rounded-md border px-2 py-1 text-right tabular-nums";

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
        className={`${HOURS_INPUT} ${invalid ? "border-red-600" : "border-slate-300"}`}
      />
    </div>
  );
}
