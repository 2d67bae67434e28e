"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import type { OpenSlotsResult } from "@/lib/residency/slots";
import { fieldErrors } from "@/components/forms/field-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { SelectField } from "@/components/forms/select-field";

type Props = {
  action: (previous: ActionResult<OpenSlotsResult> | null, form: FormData) => Promise<ActionResult<OpenSlotsResult>>;
  stationId: string;
  weeks: { value: string; label: string }[];
  week: string;
};

const FIELD = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";
const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;
const WORKDAYS = ["1", "2", "3", "4", "5"];

/** A week of slots at one station: which days, the start times of a day, the length and places. */
export function OpenSlotsForm({ action, stationId, weeks, week }: Props) {
  const t = useTranslations("residency");
  const { state, formAction, onSubmit, pending } = useActionForm(action, {
    done: (data) => t("slots.open.result", data),
  });
  const { describe, error } = fieldErrors(state);
  // The form stays: after a success it says what the week now holds, in numbers.
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3" data-testid="open-slots" noValidate>
      <input type="hidden" name="stationId" value={stationId} />
      <SelectField name="week" label={t("slots.open.week")} options={weeks} defaultValue={week} state={state} />
      <fieldset {...describe("weekdays")}>
        <legend className="text-sm font-medium text-slate-700">{t("slots.open.weekdays")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-1">
          {WEEKDAYS.map((day) => (
            <label key={day} className="flex min-h-11 items-center gap-2 px-2 text-sm">
              <input type="checkbox" name="weekdays" value={day} defaultChecked={WORKDAYS.includes(day)} />
              {t(`slots.weekdays.${day}`)}
            </label>
          ))}
        </div>
        {error("weekdays")}
      </fieldset>
      <div>
        <label htmlFor="times" className="block text-sm font-medium text-slate-700">
          {t("slots.open.times")}
        </label>
        <input
          id="times"
          name="times"
          type="text"
          inputMode="text"
          autoComplete="off"
          required
          defaultValue="09:00, 10:00, 11:00, 14:00, 15:00, 16:00"
          className={FIELD}
          {...describe("times", "times-hint")}
        />
        <p id="times-hint" className="mt-1 text-xs text-slate-500">
          {t("slots.open.timesHint")}
        </p>
        {error("times")}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="length" className="block text-sm font-medium text-slate-700">
            {t("slots.open.length")}
          </label>
          <input
            id="length"
            name="length"
            type="number"
            inputMode="numeric"
            min={5}
            max={240}
            step={5}
            required
            defaultValue={60}
            className={FIELD}
            {...describe("length")}
          />
          {error("length")}
        </div>
        <div>
          <label htmlFor="capacity" className="block text-sm font-medium text-slate-700">
            {t("slots.open.capacity")}
          </label>
          <input
            id="capacity"
            name="capacity"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            required
            defaultValue={4}
            className={FIELD}
            {...describe("capacity")}
          />
          {error("capacity")}
        </div>
      </div>
      <FormFooter state={state} pending={pending} submitLabel={t("slots.open.submit")} workingLabel={t("working")} />
    </form>
  );
}
