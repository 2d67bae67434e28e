"use client";

import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { SelectField } from "@/components/forms/select-field";
import type { HazardDraftLimits } from "@/components/hazards/hazard-draft-fields";
import { HazardDraftRows } from "@/components/hazards/hazard-draft-rows";
import { logVisit } from "../actions";

type Option = { value: string; label: string };

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/** Logging a visit and the hazards found on it; what was typed stays in the form when the server answers with errors. */
export function LogVisitForm(props: {
  enterprises: Option[];
  kinds: Option[];
  preselected: string | null;
  today: string;
  earliest: string;
  maxDays: number;
  hazardLimits: HazardDraftLimits & { max: number };
}) {
  const t = useTranslations("visits");
  const { state, formAction, onSubmit, pending } = useActionForm(logVisit);
  const { errors, describe, error } = fieldErrors(state);
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
      <SelectField
        name="enterpriseId"
        id="enterprise"
        label={t("fields.enterprise")}
        options={props.enterprises}
        empty={{ label: t("choose"), selectable: false }}
        defaultValue={props.preselected}
        state={state}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          {label("visitedOn")}
          <input
            id="visitedOn"
            name="visitedOn"
            type="date"
            required
            defaultValue={props.today}
            min={props.earliest}
            max={props.today}
            className={input}
            {...describe("visitedOn", "visitedOn-hint")}
          />
          <p id="visitedOn-hint" className="mt-1 text-xs text-slate-500">
            {t("dateHint", { days: props.maxDays })}
          </p>
          {error("visitedOn")}
        </div>
        <SelectField name="kind" label={t("fields.kind")} options={props.kinds} defaultValue="ROUTINE" state={state} />
      </div>
      <div>
        {label("participants")}
        <input
          id="participants"
          name="participants"
          maxLength={500}
          placeholder={t("participantsHint")}
          className={input}
          {...describe("participants")}
        />
        {error("participants")}
      </div>
      <div>
        {label("findings")}
        <textarea
          id="findings"
          name="findings"
          required
          rows={5}
          maxLength={4000}
          placeholder={t("findingsHint")}
          className={input}
          {...describe("findings")}
        />
        {error("findings")}
      </div>
      <HazardDraftRows
        namespace="visits"
        testId="visit-hazard"
        errors={errors}
        pending={pending}
        {...props.hazardLimits}
      />
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={t("submit")}
        workingLabel={t("working")}
        cancel={{ href: "/visits", label: t("cancel") }}
      />
    </form>
  );
}
