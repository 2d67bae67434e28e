"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { fieldErrors } from "@/components/forms/field-errors";
import { FormFooter } from "@/components/forms/form-footer";
import { RequiredMark } from "@/components/forms/required-mark";
import { SelectField } from "@/components/forms/select-field";
import { useActionForm } from "@/components/forms/use-action-form";

export type UnitField =
  | { kind: "text"; name: string; required?: boolean; maxLength: number; hint?: string; mono?: boolean; type?: "tel" }
  | { kind: "select"; name: string; required?: boolean; options: { value: string; label: string }[]; empty: string };

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  fields: UnitField[];
  initial: Record<string, string>;
  /** id and version when editing. */
  hidden?: Record<string, string | number>;
  submitLabel: string;
  cancelHref: string;
};

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/**
 * Creating or editing a station, workstation or department. The fields are uncontrolled, so what was
 * typed stays when the server answers with errors; the server checks with the same schema.
 */
export function UnitForm<T>({ action, fields, initial, hidden = {}, submitLabel, cancelHref }: Props<T>) {
  const t = useTranslations("organisation");
  const { state, formAction, onSubmit, pending } = useActionForm(action);
  const { describe, error } = fieldErrors(state);
  const label = (name: string, required?: boolean) => (
    <>
      {t(`fields.${name}`)}
      {required ? <RequiredMark /> : null}
    </>
  );
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) =>
          f.kind === "select" ? (
            <SelectField
              key={f.name}
              name={f.name}
              label={label(f.name, f.required)}
              options={f.options}
              empty={{ label: f.empty, selectable: !f.required }}
              defaultValue={initial[f.name] ?? ""}
              state={state}
            />
          ) : (
            <div key={f.name}>
              <label htmlFor={f.name} className="block text-sm font-medium text-slate-700">
                {label(f.name, f.required)}
              </label>
              <input
                id={f.name}
                name={f.name}
                type={f.type ?? "text"}
                defaultValue={initial[f.name] ?? ""}
                required={f.required}
                maxLength={f.maxLength}
                autoComplete="off"
                spellCheck={f.mono ? false : undefined}
                className={`${INPUT}${f.mono ? " font-mono" : ""}`}
                {...describe(f.name, f.hint ? `${f.name}-hint` : undefined)}
              />
              {f.hint ? (
                <p id={`${f.name}-hint`} className="mt-1 text-xs text-slate-500">
                  {f.hint}
                </p>
              ) : null}
              {error(f.name)}
            </div>
          ),
        )}
      </div>
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={submitLabel}
        workingLabel={t("working")}
        cancel={{ href: cancelHref, label: t("cancel") }}
      />
    </form>
  );
}
