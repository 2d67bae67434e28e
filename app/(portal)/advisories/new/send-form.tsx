"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { FileInput } from "@/components/attachments/file-input";
import { FormFooter } from "@/components/forms/form-footer";
import { SelectField } from "@/components/forms/select-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { EnterprisePicker } from "@/components/enterprises/enterprise-picker";
import { searchEnterprises, sendAdvisory } from "../actions";

type Option = { value: string; label: string };

/** Each kind of target and the field its choices go in (none for the county and the key projects). */
export type TargetChoice = { kind: string; label: string; field: string | null; options: Option[] };

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/** The picker's search; one function for the page's life, so the picker's effects do not restart. */
const searchPicks = (q: string) => searchEnterprises(null, { q });

export function SendAdvisoryForm(props: {
  urgencies: Option[];
  targets: TargetChoice[];
  targetHint: string | null;
  today: string;
  latest: string;
  maxDays: number;
}) {
  const t = useTranslations("advisories");
  const { state, formAction, onSubmit, pending } = useActionForm(sendAdvisory);
  const { errors, describe, error } = fieldErrors(state);
  const [kind, setKind] = useState(props.targets[0]!.kind);
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      <div>
        <label htmlFor="title" className="block text-sm font-medium text-slate-700">
          {t("fields.title")}
        </label>
        <input id="title" name="title" required maxLength={100} className={INPUT} {...describe("title")} />
        {error("title")}
      </div>
      <div>
        <label htmlFor="body" className="block text-sm font-medium text-slate-700">
          {t("fields.body")}
        </label>
        <textarea id="body" name="body" required rows={6} maxLength={5000} className={INPUT} {...describe("body")} />
        {error("body")}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="urgency"
          label={t("fields.urgency")}
          options={props.urgencies}
          defaultValue="NORMAL"
          state={state}
        />
        <div>
          <label htmlFor="expiresOn" className="block text-sm font-medium text-slate-700">
            {t("fields.expiresOn")}
          </label>
          <input
            id="expiresOn"
            name="expiresOn"
            type="date"
            min={props.today}
            max={props.latest}
            className={INPUT}
            {...describe("expiresOn", "expiresOn-hint")}
          />
          <p id="expiresOn-hint" className="mt-1 text-xs text-slate-600">
            {t("expiryHint", { days: props.maxDays })}
          </p>
          {error("expiresOn")}
        </div>
      </div>
      <fieldset {...describe("targetKind", props.targetHint ? "target-hint" : undefined)}>
        <legend className="text-sm font-medium text-slate-700">{t("fields.target")}</legend>
        {props.targetHint ? (
          <p id="target-hint" className="text-xs text-slate-600">
            {props.targetHint}
          </p>
        ) : null}
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {props.targets.map((target) => (
            <label key={target.kind} className="flex min-h-11 items-center gap-2 text-sm sm:min-h-0">
              <input
                type="radio"
                name="targetKind"
                value={target.kind}
                checked={kind === target.kind}
                onChange={() => setKind(target.kind)}
              />
              {target.label}
            </label>
          ))}
        </div>
        {error("targetKind")}
      </fieldset>
      {props.targets
        .filter((target) => target.field)
        .map((target) => (
          // Every listed kind's choices are in the form, so those work without scripts; only the
          // chosen kind's are shown, and the server keeps only those. The picker's search field
          // carries its error itself, so that a refused send puts the focus there.
          <fieldset
            key={target.kind}
            hidden={kind !== target.kind}
            {...(target.field === "enterpriseIds" ? {} : describe(target.field!))}
          >
            <legend className="text-sm font-medium text-slate-700">{target.label}</legend>
            {target.field === "enterpriseIds" ? (
              // Enterprises are searched, not listed: a county has thousands.
              <EnterprisePicker
                id="enterprise-search"
                name={target.field}
                search={searchPicks}
                invalid={describe(target.field)}
              />
            ) : (
              <div className="mt-1 max-h-64 overflow-y-auto rounded-md border border-slate-200 p-2">
                {target.options.map((option) => (
                  <label key={option.value} className="flex min-h-11 items-center gap-2 text-sm sm:min-h-8">
                    <input type="checkbox" name={target.field!} value={option.value} />
                    {option.label}
                  </label>
                ))}
              </div>
            )}
            {error(target.field!)}
          </fieldset>
        ))}
      <FileInput
        id="attachments"
        name="attachments"
        label={t("fields.attachment")}
        max={1}
        error={errors.attachments}
        pending={pending}
      />
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={t("submit")}
        workingLabel={t("working")}
        cancel={{ href: "/advisories", label: t("cancel") }}
      />
    </form>
  );
}
