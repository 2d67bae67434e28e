"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { FormFooter } from "@/components/forms/form-footer";
import { RequiredMark } from "@/components/forms/required-mark";
import { useActionForm } from "@/components/forms/use-action-form";
import { setPasswordAction } from "./actions";

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

export function ResetForm({ token, username }: { token: string; username: string }) {
  const t = useTranslations("users.reset");
  const { state, formAction, onSubmit, pending } = useActionForm(setPasswordAction);
  const { describe, error } = fieldErrors(state);
  if (state?.ok) {
    return (
      <div role="status" className="space-y-3">
        <p className="text-sm text-emerald-800">{t("done", { username: state.data.username })}</p>
        <Link href="/login" className="text-sm font-medium text-brand-600 hover:underline">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="hidden" name="username" value={username} autoComplete="username" />
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          {t("password")}
          <RequiredMark />
        </label>
        <input
          id="password"
          name="password"
          type="password"
          required
          autoComplete="new-password"
          className={INPUT}
          {...describe("password", "password-hint")}
        />
        <p id="password-hint" className="mt-1 text-xs text-slate-500">
          {t("passwordHint")}
        </p>
        {error("password")}
      </div>
      <div>
        <label htmlFor="confirm" className="block text-sm font-medium text-slate-700">
          {t("confirm")}
          <RequiredMark />
        </label>
        <input
          id="confirm"
          name="confirm"
          type="password"
          required
          autoComplete="new-password"
          className={INPUT}
          {...describe("confirm")}
        />
        {error("confirm")}
      </div>
      {error("token")}
      <FormFooter state={state} pending={pending} submitLabel={t("submit")} workingLabel={t("submitting")} />
    </form>
  );
}
