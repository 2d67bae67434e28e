"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { fieldErrors } from "@/components/forms/field-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { SelectField } from "@/components/forms/select-field";

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  requestId: string;
  version: number;
  officers: { value: string; label: string }[];
  current: { officerId: string | null; date: string | null };
  today: string;
  latest: string;
};

/** Door-to-door or proxy service: the day and the officer who goes. */
export function ScheduleForm<T>({ action, requestId, version, officers, current, today, latest }: Props<T>) {
  const t = useTranslations("residency");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("done") });
  const { describe, error } = fieldErrors(state);
  const field = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm";
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2" data-testid="schedule" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="serviceOfficerId"
          label={t("fields.serviceOfficer")}
          options={officers}
          empty={{ label: t("choose"), selectable: false }}
          defaultValue={current.officerId}
          state={state}
        />
        <div>
          <label htmlFor="serviceDate" className="block text-sm font-medium text-slate-700">
            {t("fields.serviceDate")}
          </label>
          <input
            id="serviceDate"
            name="serviceDate"
            type="date"
            required
            min={today}
            max={latest}
            defaultValue={current.date ?? ""}
            className={field}
            {...describe("serviceDate")}
          />
          {error("serviceDate")}
        </div>
      </div>
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={t("do.schedule")}
        workingLabel={t("working")}
        submitVariant="secondary"
      />
    </form>
  );
}
