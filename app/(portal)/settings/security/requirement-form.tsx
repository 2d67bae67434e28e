"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

export function RequirementForm<T>({ action, required }: { action: Action<T>; required: boolean }) {
  const t = useTranslations("account.security");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("saved") });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4">
      <fieldset aria-describedby="require-hint">
        <legend className="sr-only">{t("requireTitle")}</legend>
        <p id="require-hint" className="max-w-prose text-sm text-slate-600">
          {t("requireHint")}
        </p>
        <div className="mt-2 flex flex-wrap gap-4">
          {(["yes", "no"] as const).map((value) => (
            <label key={value} className="inline-flex min-h-11 items-center gap-2 text-sm">
              <input
                type="radio"
                name="required"
                value={value}
                defaultChecked={required === (value === "yes")}
                className="size-4"
              />
              {t(value === "yes" ? "required" : "optional")}
            </label>
          ))}
        </div>
      </fieldset>
      <FormFooter state={state} pending={pending} submitLabel={t("save")} workingLabel={t("saving")} />
    </form>
  );
}
