"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldErrors } from "@/components/forms/field-errors";
import { FormFooter } from "@/components/forms/form-footer";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/** The bureau's holiday dates, one text field; what was saved last is sent back to catch a parallel change. */
export function HolidaysForm({ action, dates }: { action: Action<{ count: number }>; dates: string[] }) {
  const t = useTranslations("patrols.holidays");
  const { state, formAction, onSubmit, pending } = useActionForm(action, {
    done: (data) => t("saved", { count: data.count }),
  });
  const { describe, error } = fieldErrors(state);
  return (
    // Keyed by the saved list: after a save (or another's) the field starts again from the stored dates.
    <form key={dates.join()} action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="seen" value={dates.join(" ")} />
      <div>
        <label htmlFor="dates" className="block text-sm font-medium text-slate-700">
          {t("label")}
        </label>
        <p id="dates-help" className="mt-1 text-sm text-slate-600">
          {t("help")}
        </p>
        <textarea
          id="dates"
          name="dates"
          rows={8}
          defaultValue={dates.join("\n")}
          className="mt-1 block w-full max-w-xs rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
          {...describe("dates", "dates-help")}
        />
        {error("dates")}
      </div>
      <FormFooter state={state} pending={pending} submitLabel={t("submit")} workingLabel={t("working")} />
    </form>
  );
}
