"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { PasswordField } from "../password-field";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

export function DisableTwoFactorForm<T>({ action }: { action: Action<T> }) {
  const t = useTranslations("account");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("twoFactor.disabled") });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <p className="max-w-prose text-sm text-slate-600">{t("twoFactor.disableHint")}</p>
      <PasswordField
        name="currentPassword"
        label={t("password.current")}
        autoComplete="current-password"
        state={state}
      />
      <FormFooter
        state={state}
        pending={pending}
        submitVariant="danger"
        submitLabel={t("twoFactor.disable")}
        workingLabel={t("twoFactor.disabling")}
      />
    </form>
  );
}
