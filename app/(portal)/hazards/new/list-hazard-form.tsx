"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { listHazard } from "../actions";

type Option = { value: string; label: string };

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/** Listing a hazard; what was typed stays in the form when the server answers with errors. */
export function ListHazardForm(props: { enterprises: Option[]; severities: Option[]; preselected: string | null; today: string; latest: string; maxDays: number }) {
  const t = useTranslations("hazards");
  const { state, formAction, onSubmit, pending } = useActionForm(listHazard);
  const { describe, error } = fieldErrors(state);
  const label = (name: string) => (
    <label htmlFor={name} className="block text-sm font-medium text-slate-700">
      {t(`fields.${name}`)}
    </label>
  );
  return (
    <form action={formAction} onSubmit={onSubmit} className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <div>
        {label("enterprise")}
        <select id="enterprise" name="enterpriseId" required defaultValue={props.preselected ?? ""} className={input} {...describe("enterpriseId")}>
          <option value="" disabled>{t("choose")}</option>
          {props.enterprises.map((e) => (
            <option key={e.value} value={e.value}>{e.label}</option>
          ))}
        </select>
        {error("enterpriseId")}
      </div>
      <div>
        {label("description")}
        <textarea id="description" name="description" required rows={4} maxLength={1000} className={input} {...describe("description")} />
        {error("description")}
      </div>
      <div>
        {label("location")}
        <input id="location" name="location" maxLength={200} className={input} {...describe("location")} />
        {error("location")}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          {label("severity")}
          <select id="severity" name="severity" required defaultValue="MEDIUM" className={input} {...describe("severity")}>
            {props.severities.map((s) => (
              <option key={s.value} value={s.value}>{s.label}</option>
            ))}
          </select>
          {error("severity")}
        </div>
        <div>
          {label("deadline")}
          <input id="deadline" name="deadline" type="date" required min={props.today} max={props.latest} className={input} {...describe("deadline", "deadline-hint")} />
          <p id="deadline-hint" className="mt-1 text-xs text-slate-500">{t("deadlineHint", { days: props.maxDays })}</p>
          {error("deadline")}
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          {label("visitId")}
          <input id="visitId" name="visitId" maxLength={64} className={input} {...describe("visitId", "source-hint")} />
          {error("visitId")}
        </div>
        <div>
          {label("ticketId")}
          <input id="ticketId" name="ticketId" maxLength={64} className={input} {...describe("ticketId", "source-hint")} />
          {error("ticketId")}
        </div>
        <p id="source-hint" className="text-xs text-slate-500 sm:col-span-2">{t("sourceHint")}</p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? t("working") : t("submit")}
        </button>
        <Link href="/hazards" className="text-sm text-brand-600 hover:underline">{t("cancel")}</Link>
        <p role="status" aria-live="polite" className="text-sm text-red-700">
          {state && !state.ok ? state.message : null}
        </p>
      </div>
    </form>
  );
}
