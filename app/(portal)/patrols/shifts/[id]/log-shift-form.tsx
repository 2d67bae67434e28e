"use client";

import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { SelectField } from "@/components/forms/select-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import type { HazardDraftLimits } from "@/components/hazards/hazard-draft-fields";
import { HazardDraftRows } from "@/components/hazards/hazard-draft-rows";
import { logShift } from "../../actions";

type Option = { value: string; label: string };

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/** The leading officer's record of the night's patrol and the hazards found on it; typed text survives server errors. */
export function LogShiftForm(props: {
  shiftId: string;
  version: number;
  kinds: Option[];
  checkpoints: string[];
  enterprises: Option[];
  defaults: { startedAt: string; endedAt: string; guardPersonTimes: number };
  hazardLimits: HazardDraftLimits & { max: number };
}) {
  const t = useTranslations("patrols");
  const { state, formAction, onSubmit, pending } = useActionForm(logShift);
  const { errors, describe, error } = fieldErrors(state);
  const label = (name: string) => (
    <label htmlFor={name} className="block text-sm font-medium text-slate-700">
      {t(`fields.${name}`)}
    </label>
  );
  const number = (name: string, defaultValue = 0) => (
    <div>
      {label(name)}
      <input
        id={name}
        name={name}
        type="number"
        inputMode="numeric"
        min={0}
        max={10000}
        defaultValue={defaultValue}
        className={input}
        {...describe(name)}
      />
      {error(name)}
    </div>
  );
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="shiftId" value={props.shiftId} />
      <input type="hidden" name="version" value={props.version} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField name="kind" label={t("fields.kind")} options={props.kinds} defaultValue="FOOT" state={state} />
        <div>
          {label("startedAt")}
          <input
            id="startedAt"
            name="startedAt"
            type="datetime-local"
            required
            defaultValue={props.defaults.startedAt}
            className={input}
            {...describe("startedAt")}
          />
          {error("startedAt")}
        </div>
        <div>
          {label("endedAt")}
          <input
            id="endedAt"
            name="endedAt"
            type="datetime-local"
            required
            defaultValue={props.defaults.endedAt}
            className={input}
            {...describe("endedAt")}
          />
          {error("endedAt")}
        </div>
      </div>
      {props.checkpoints.length ? (
        <fieldset aria-describedby={errors.checkpointsPassed ? "checkpointsPassed-error" : undefined}>
          <legend className="text-sm font-medium text-slate-700">{t("fields.checkpointsPassed")}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {props.checkpoints.map((c) => (
              <label key={c} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="checkpointsPassed" value={c} defaultChecked />
                {c}
              </label>
            ))}
          </div>
          {error("checkpointsPassed")}
        </fieldset>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        {number("personsChecked")}
        {number("vehiclesChecked")}
        {number("guardPersonTimes", props.defaults.guardPersonTimes)}
      </div>
      <div>
        {label("incidents")}
        <textarea
          id="incidents"
          name="incidents"
          rows={2}
          maxLength={2000}
          className={input}
          {...describe("incidents")}
        />
        {error("incidents")}
      </div>
      <div>
        {label("notes")}
        <textarea id="notes" name="notes" rows={2} maxLength={2000} className={input} {...describe("notes")} />
        {error("notes")}
      </div>
      <HazardDraftRows
        namespace="patrols"
        testId="patrol-hazard"
        errors={errors}
        pending={pending}
        enterprises={{ label: t("fields.hazardEnterprise"), choose: t("choose"), options: props.enterprises }}
        {...props.hazardLimits}
      />
      <p className="text-xs text-slate-500">{t("lateHint")}</p>
      <FormFooter state={state} pending={pending} submitLabel={t("logSubmit")} workingLabel={t("working")} />
    </form>
  );
}
