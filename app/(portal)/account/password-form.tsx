"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { PasswordField } from "./password-field";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

export function PasswordForm<T>({ action }: { action: Action<T> }) {
  const t = useTranslations("account.password");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("done") });
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-4"
      id="password-form"
      key={state?.ok ? "done" : "form"}
    >
      <PasswordField name="currentPassword" label={t("current")} autoComplete="current-password" state={state} />
      <PasswordField
        name="newPassword"
        label={t("new")}
        autoComplete="new-password"
        state={state}
        hint="new-password-hint"
      />
      <p id="new-password-hint" className="max-w-prose text-sm text-slate-600">
        {t("hint")}
      </p>
      <PasswordField name="confirmPassword" label={t("confirm")} autoComplete="new-password" state={state} />
      <FormFooter state={state} pending={pending} submitLabel={t("submit")} workingLabel={t("working")} />
    </form>
  );
}
