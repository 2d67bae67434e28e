"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { fieldErrors } from "@/components/forms/field-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { RequiredMark } from "@/components/forms/required-mark";
import { SelectField } from "@/components/forms/select-field";

type Option = { value: string; label: string };

export type EnterpriseFormValues = {
  name: string;
  nameEn: string;
  creditCode: string;
  industry: string;
  industryEn: string;
  workstationId: string;
  address: string;
  employees: string;
  investmentWan: string;
  keyProject: boolean;
  projectPhase: string;
};

export const EMPTY_ENTERPRISE: EnterpriseFormValues = {
  name: "",
  nameEn: "",
  creditCode: "",
  industry: "",
  industryEn: "",
  workstationId: "",
  address: "",
  employees: "",
  investmentWan: "",
  keyProject: false,
  projectPhase: "",
};

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  initial: EnterpriseFormValues;
  /** enterpriseId and version when editing. */
  hidden?: Record<string, string | number>;
  workstations: Option[];
  phases: Option[];
  submitLabel: string;
  cancelHref: string;
};

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";
const noop = () => () => {};

/**
 * Registering or editing an enterprise. The fields are uncontrolled, so what was typed stays when the
 * server answers with errors; the server parses with the same schema as the import.
 */
export function EnterpriseForm<T>({
  action,
  initial,
  hidden = {},
  workstations,
  phases,
  submitLabel,
  cancelHref,
}: Props<T>) {
  const t = useTranslations("enterprise");
  const { state, formAction, onSubmit, pending } = useActionForm(action);
  const { describe, error } = fieldErrors(state);
  const [keyProject, setKeyProject] = useState(initial.keyProject);
  // Without JavaScript the phase stays selectable; the server refuses a phase on an ordinary enterprise.
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  // A workstation closed since the enterprise was registered is not offered: the user must choose an open one.
  const workstation = workstations.some((w) => w.value === initial.workstationId) ? initial.workstationId : "";

  const label = (name: keyof EnterpriseFormValues, required = false) => (
    <label htmlFor={name} className="block text-sm font-medium text-slate-700">
      {t(`fields.${name}`)}
      {required ? <RequiredMark /> : null}
    </label>
  );
  const hint = (name: "nameEn" | "creditCode" | "workstationId" | "employees" | "investmentWan" | "projectPhase") => (
    <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">
      {t(`hints.${name}`)}
    </p>
  );
  const text = (
    name: keyof EnterpriseFormValues,
    opts: { required?: boolean; maxLength: number; hint?: boolean; mono?: boolean; inputMode?: "numeric" | "decimal" },
  ) => (
    <div>
      {label(name, opts.required)}
      <input
        id={name}
        name={name}
        defaultValue={String(initial[name])}
        required={opts.required}
        maxLength={opts.maxLength}
        inputMode={opts.inputMode}
        className={`${input}${opts.mono ? " font-mono uppercase" : ""}`}
        {...describe(name, opts.hint ? `${name}-hint` : undefined)}
      />
      {opts.hint ? hint(name as Parameters<typeof hint>[0]) : null}
      {error(name)}
    </div>
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
        {text("name", { required: true, maxLength: 100 })}
        {text("nameEn", { maxLength: 200, hint: true })}
        {text("creditCode", { required: true, maxLength: 18, hint: true, mono: true })}
        <SelectField
          name="workstationId"
          label={
            <>
              {t("fields.workstationId")}
              <RequiredMark />
            </>
          }
          options={workstations}
          empty={{ label: t("choose"), selectable: false }}
          defaultValue={workstation}
          hint={t("hints.workstationId")}
          state={state}
        />
        {text("industry", { required: true, maxLength: 50 })}
        {text("industryEn", { maxLength: 100 })}
      </div>
      {text("address", { maxLength: 200 })}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("employees", { maxLength: 12, hint: true, inputMode: "numeric" })}
        {text("investmentWan", { maxLength: 16, hint: true, inputMode: "decimal" })}
      </div>
      <fieldset className="grid gap-4 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium text-slate-700">{t("keyProject")}</legend>
        <div className="flex items-center gap-2 self-end pb-2">
          <input
            id="keyProject"
            name="keyProject"
            type="checkbox"
            defaultChecked={initial.keyProject}
            onChange={(e) => setKeyProject(e.currentTarget.checked)}
            className="h-4 w-4"
            {...describe("keyProject")}
          />
          <label htmlFor="keyProject" className="text-sm text-slate-700">
            {t("fields.keyProject")}
          </label>
          {error("keyProject")}
        </div>
        <SelectField
          name="projectPhase"
          label={t("fields.projectPhase")}
          options={phases}
          empty={{ label: t("noPhase"), selectable: true }}
          defaultValue={initial.projectPhase}
          disabled={hydrated && !keyProject}
          hint={t("hints.projectPhase")}
          state={state}
        />
      </fieldset>
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
