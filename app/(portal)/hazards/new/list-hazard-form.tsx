"use client";

import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { HazardDraftFields, type HazardDraftLimits } from "@/components/hazards/hazard-draft-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { SelectField } from "@/components/forms/select-field";
import { listHazard } from "../actions";

type Option = { value: string; label: string };

/** Listing a hazard; what was typed stays in the form when the server answers with errors. */
export function ListHazardForm(
  props: HazardDraftLimits & {
    enterprises: Option[];
    preselected: string | null;
    source: { field: "ticketId" | "visitId"; id: string; label: string } | null;
  },
) {
  const t = useTranslations("hazards");
  const { state, formAction, onSubmit, pending } = useActionForm(listHazard);
  const { errors, describe, error } = fieldErrors(state);
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
      <HazardDraftFields
        errors={errors}
        pending={pending}
        severities={props.severities}
        today={props.today}
        latest={props.latest}
        maxDays={props.maxDays}
      />
      {props.source ? (
        <div>
          <input type="hidden" name={props.source.field} value={props.source.id} />
          <p className="text-sm text-slate-700" {...describe(props.source.field)}>
            {t("sourceLine", { source: props.source.label })}
          </p>
          {error(props.source.field)}
        </div>
      ) : null}
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={t("submit")}
        workingLabel={t("working")}
        cancel={{ href: "/hazards", label: t("cancel") }}
      />
    </form>
  );
}
