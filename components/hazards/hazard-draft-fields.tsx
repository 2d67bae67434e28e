"use client";

import { useTranslations } from "next-intl";
import { FileInput } from "@/components/attachments/file-input";
import { SelectField } from "@/components/forms/select-field";
import type { FieldErrors } from "@/lib/auth/errors";

export type HazardDraftLimits = {
  severities: { value: string; label: string }[];
  /** China dates bounding the rectification deadline. */
  today: string;
  latest: string;
  maxDays: number;
};

type Props = HazardDraftLimits & {
  /** Field-name prefix: "" on its own form, `hazards.<n>.` inside a visit. */
  prefix?: string;
  errors: FieldErrors;
  /** The form is being sent (its photos show as uploading). */
  pending?: boolean;
};

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/**
 * The fields of one hazard (description, place, severity, deadline, photos), named with a prefix so
 * the same fields serve the hazard form and each hazard row of the visit form, errors included.
 */
export function HazardDraftFields({ prefix = "", errors, pending, severities, today, latest, maxDays }: Props) {
  const t = useTranslations("hazards");
  const name = (field: string) => `${prefix}${field}`;
  // Ids follow names so that field errors (keyed by name) find their inputs.
  const id = (field: string) => name(field).replaceAll(".", "-");
  const describe = (field: string, hint?: string) => {
    const failed = errors[name(field)];
    const ids = [failed ? `${id(field)}-error` : null, hint].filter(Boolean).join(" ");
    return { ...(failed ? { "aria-invalid": true } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
  };
  const error = (field: string) =>
    errors[name(field)] ? (
      <p id={`${id(field)}-error`} className="mt-1 text-sm text-red-700">
        {errors[name(field)]!.join(" ")}
      </p>
    ) : null;
  // SelectField reads its error from an action result: these fields' errors are the form's.
  const asResult = { ok: false as const, message: "", fieldErrors: errors };
  const label = (field: string) => (
    <label htmlFor={id(field)} className="block text-sm font-medium text-slate-700">
      {t(`fields.${field}`)}
    </label>
  );
  return (
    <>
      <div>
        {label("description")}
        <textarea
          id={id("description")}
          name={name("description")}
          required
          rows={3}
          maxLength={1000}
          className={input}
          {...describe("description")}
        />
        {error("description")}
      </div>
      <div>
        {label("location")}
        <input
          id={id("location")}
          name={name("location")}
          maxLength={200}
          className={input}
          {...describe("location", `${id("location")}-hint`)}
        />
        <p id={`${id("location")}-hint`} className="mt-1 text-xs text-slate-500">
          {t("locationHint")}
        </p>
        {error("location")}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name={name("severity")}
          id={id("severity")}
          label={t("fields.severity")}
          options={severities}
          defaultValue="MEDIUM"
          state={asResult}
        />
        <div>
          {label("deadline")}
          <input
            id={id("deadline")}
            name={name("deadline")}
            type="date"
            required
            min={today}
            max={latest}
            className={input}
            {...describe("deadline", `${id("deadline")}-hint`)}
          />
          <p id={`${id("deadline")}-hint`} className="mt-1 text-xs text-slate-500">
            {t("deadlineHint", { days: maxDays })}
          </p>
          {error("deadline")}
        </div>
      </div>
      <FileInput
        id={id("attachments")}
        name={name("attachments")}
        label={t("fields.photos")}
        error={errors[name("attachments")]}
        pending={pending}
      />
    </>
  );
}
