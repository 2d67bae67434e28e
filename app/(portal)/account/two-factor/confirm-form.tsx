"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldErrors } from "@/components/forms/field-errors";
import { FormFooter } from "@/components/forms/form-footer";

type Action = (
  previous: ActionResult<{ recoveryCodes: string[] }> | null,
  form: FormData,
) => Promise<ActionResult<{ recoveryCodes: string[] }>>;

/**
 * Confirms the set-up with a code from the app; on success the recovery codes replace the form. They
 * exist only in this answer, so this component keeps them when the page re-renders around it.
 */
export function ConfirmTwoFactorForm({ action, showForm }: { action: Action; showForm: boolean }) {
  const t = useTranslations("account.twoFactor");
  const { state, formAction, onSubmit, pending } = useActionForm(action);
  const { describe, error } = fieldErrors(state);
  if (state?.ok) {
    return (
      <div className="space-y-3" role="status" aria-live="polite">
        <h2 className="text-base font-semibold text-slate-900">{t("recoveryTitle")}</h2>
        <p className="max-w-prose text-sm text-slate-700">{t("recoveryHint")}</p>
        <ol
          aria-label={t("recoveryList")}
          data-testid="recovery-codes"
          className="grid max-w-sm grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 font-mono text-sm"
        >
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        {/* A full page load: the portal frame must see the session that no longer waits for the set-up. */}
        <a
          href="/account"
          className="inline-flex min-h-11 items-center text-sm font-medium text-brand-600 hover:underline"
        >
          {t("finished")}
        </a>
      </div>
    );
  }
  if (!showForm) return null;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <div>
        <label htmlFor="code" className="block text-sm font-medium text-slate-700">
          {t("code")}
        </label>
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          className="mt-1 block w-40 rounded-md border border-slate-300 px-3 py-2 font-mono text-base tracking-widest"
          {...describe("code")}
        />
        {error("code")}
      </div>
      <FormFooter state={state} pending={pending} submitLabel={t("confirm")} workingLabel={t("confirming")} />
    </form>
  );
}
