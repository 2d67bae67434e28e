"use client";

import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { setUnavailability } from "./actions";

/** A liaison marks a coming night on which their enterprise cannot send guards. */
export function UnavailabilityForm({ enterpriseId, min }: { enterpriseId: string; min: string }) {
  const t = useTranslations("patrols");
  const { state, formAction, onSubmit, pending } = useActionForm(setUnavailability);
  const { describe, error } = fieldErrors(state);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <input type="hidden" name="unavailable" value="true" />
      <div>
        <label htmlFor="unavailable-date" className="block text-sm font-medium text-slate-700">
          {t("fields.date")}
        </label>
        <input
          id="unavailable-date"
          name="date"
          type="date"
          required
          min={min}
          className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
          {...describe("date")}
        />
        {error("date")}
      </div>
      <FormFooter state={state} pending={pending} submitLabel={t("markUnavailable")} workingLabel={t("working")} />
    </form>
  );
}
