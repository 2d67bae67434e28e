"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  enterpriseId: string;
  departments: { id: string; label: string }[];
  selected: string[];
};

/** The 1+N supporting departments as checkboxes; submitting replaces the whole set. */
export function SupportsForm<T>({ action, enterpriseId, departments, selected }: Props<T>) {
  const t = useTranslations("assignments");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("saved") });
  const error = state && !state.ok ? state.fieldErrors?.departmentIds : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2" data-testid="supports" noValidate>
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <fieldset aria-describedby={error ? "supports-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t("supportsLabel")}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {departments.map((d) => (
            <label key={d.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="departmentIds" value={d.id} defaultChecked={selected.includes(d.id)} />
              {d.label}
            </label>
          ))}
        </div>
      </fieldset>
      {error ? (
        <p id="supports-error" className="text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" size="sm" pending={pending} pendingLabel={t("saving")}>
          {t("saveSupports")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
