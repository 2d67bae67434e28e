"use client";

import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { SelectField } from "@/components/forms/select-field";
import { recordDispute } from "../actions";

type Option = { value: string; label: string };

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/** Recording a dispute; what was typed stays in the form when the server answers with errors. */
export function RecordDisputeForm(props: { enterprises: Option[]; kinds: Option[]; preselected: string }) {
  const t = useTranslations("disputes");
  const { state, formAction, onSubmit, pending } = useActionForm(recordDispute);
  const { describe, error } = fieldErrors(state);
  const label = (name: string) => (
    <label htmlFor={name} className="block text-sm font-medium text-slate-700">
      {t(`fields.${name}`)}
    </label>
  );
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="enterpriseId"
          id="enterprise"
          label={t("fields.enterprise")}
          options={props.enterprises}
          empty={{ label: t("noEnterprise"), selectable: true }}
          defaultValue={props.preselected}
          hint={t("enterpriseHint")}
          state={state}
        />
        <SelectField
          name="kind"
          label={t("fields.kind")}
          options={props.kinds}
          empty={{ label: t("choose"), selectable: false }}
          state={state}
        />
      </div>
      <div>
        {label("parties")}
        <input id="parties" name="parties" required maxLength={500} className={input} {...describe("parties")} />
        {error("parties")}
      </div>
      <div>
        {label("description")}
        <textarea
          id="description"
          name="description"
          required
          rows={5}
          maxLength={2000}
          className={input}
          {...describe("description")}
        />
        {error("description")}
      </div>
      <div>
        <label className="flex items-start gap-2 text-sm font-medium text-slate-700">
          <input
            id="escalationRisk"
            name="escalationRisk"
            type="checkbox"
            className="mt-1"
            {...describe("escalationRisk", "risk-hint")}
          />
          {t("fields.escalationRisk")}
        </label>
        <p id="risk-hint" className="mt-1 text-xs text-slate-500">
          {t("riskHint")}
        </p>
        {error("escalationRisk")}
      </div>
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={t("submit")}
        workingLabel={t("working")}
        cancel={{ href: "/disputes", label: t("cancel") }}
      />
    </form>
  );
}
