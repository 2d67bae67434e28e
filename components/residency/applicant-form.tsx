"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { fieldErrors } from "@/components/forms/field-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { SelectField } from "@/components/forms/select-field";

type Option = { value: string; label: string };
type Values = {
  kind?: string;
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string;
  education: string;
  serviceMode: string;
  greenChannel: boolean;
  greenChannelReason: string;
};

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  /** Present when editing a draft: its id and version, and the kind, which no longer changes. */
  draft?: { requestId: string; version: number };
  values?: Values;
  kinds: Option[];
  educations: Option[];
  modes: Option[];
  submitLabel: string;
  cancelHref: string;
};

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/** The applicant and how they are served; what was typed stays when the server answers with errors. */
export function ApplicantForm<T>({
  action,
  draft,
  values,
  kinds,
  educations,
  modes,
  submitLabel,
  cancelHref,
}: Props<T>) {
  const t = useTranslations("residency");
  const { state, formAction, onSubmit, pending } = useActionForm(action);
  const { describe, error } = fieldErrors(state);
  const label = (name: string, hint?: string) => (
    <label htmlFor={name} className="block text-sm font-medium text-slate-700">
      {t(`fields.${name}`)}
      {hint ? <span className="ml-1 font-normal text-slate-500">{hint}</span> : null}
    </label>
  );
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      {draft ? (
        <>
          <input type="hidden" name="requestId" value={draft.requestId} />
          <input type="hidden" name="version" value={draft.version} />
        </>
      ) : (
        <SelectField
          name="kind"
          label={t("fields.kind")}
          options={kinds}
          empty={{ label: t("choose"), selectable: false }}
          defaultValue={values?.kind}
          state={state}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          {label("applicantName")}
          <input
            id="applicantName"
            name="applicantName"
            required
            maxLength={50}
            defaultValue={values?.applicantName}
            className={input}
            {...describe("applicantName")}
          />
          {error("applicantName")}
        </div>
        <div>
          {label("applicantPhone")}
          <input
            id="applicantPhone"
            name="applicantPhone"
            required
            inputMode="tel"
            maxLength={20}
            defaultValue={values?.applicantPhone}
            className={input}
            {...describe("applicantPhone")}
          />
          {error("applicantPhone")}
        </div>
      </div>
      <div>
        {label("applicantIdNumber")}
        <input
          id="applicantIdNumber"
          name="applicantIdNumber"
          required
          maxLength={18}
          autoComplete="off"
          defaultValue={values?.applicantIdNumber}
          className={`${input} font-mono`}
          {...describe("applicantIdNumber", "id-hint")}
        />
        <p id="id-hint" className="mt-1 text-xs text-slate-500">
          {t("idHint")}
        </p>
        {error("applicantIdNumber")}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="education"
          label={t("fields.education")}
          hint={t("educationHint")}
          options={educations}
          empty={{ label: t("noEducation"), selectable: true }}
          defaultValue={values?.education}
          state={state}
        />
        <SelectField
          name="serviceMode"
          label={t("fields.serviceMode")}
          options={modes}
          defaultValue={values?.serviceMode ?? "WINDOW"}
          state={state}
        />
      </div>
      <fieldset className="space-y-2">
        <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
          <input type="checkbox" id="greenChannel" name="greenChannel" defaultChecked={values?.greenChannel} />
          {t("fields.greenChannel")}
        </label>
        <div>
          {label("greenChannelReason", t("greenChannelHint"))}
          <input
            id="greenChannelReason"
            name="greenChannelReason"
            maxLength={200}
            defaultValue={values?.greenChannelReason}
            className={input}
            {...describe("greenChannelReason")}
          />
          {error("greenChannelReason")}
        </div>
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
