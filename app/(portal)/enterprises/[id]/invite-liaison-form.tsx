"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { FormFooter } from "@/components/forms/form-footer";
import { RequiredMark } from "@/components/forms/required-mark";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inviteLiaison } from "@/app/(portal)/admin/accounts/actions";
import { PasswordLink } from "@/app/(portal)/admin/accounts/password-link";

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/** Creates a liaison account for this enterprise and shows its invitation link once. */
export function InviteLiaisonForm({ enterpriseId }: { enterpriseId: string }) {
  const t = useTranslations("users");
  const [open, setOpen] = useState(false);
  const { state, formAction, onSubmit, pending } = useActionForm(inviteLiaison);
  const { describe, error } = fieldErrors(state);
  if (state?.ok) return <PasswordLink delivery={state.data.delivery} purpose="INVITE" />;
  if (!open)
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        {t("inviteLiaison")}
      </Button>
    );
  const field = (name: "username" | "name" | "phone", label: string, required: boolean, hint?: string) => (
    <div>
      <label htmlFor={`liaison-${name}`} className="block text-sm font-medium text-slate-700">
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <input
        id={`liaison-${name}`}
        name={name}
        required={required}
        autoComplete="off"
        className={INPUT}
        {...describe(name, hint ? `liaison-${name}-hint` : undefined)}
      />
      {hint ? (
        <p id={`liaison-${name}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error(name)}
    </div>
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-600">{t("inviteLiaisonHint")}</p>
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      {field("username", t("username"), true, t("usernameHint"))}
      {field("name", t("name"), true)}
      {field("phone", t("phone"), false)}
      {/* The enterprise has no field here: a refusal of it (closed meanwhile) shows as the form's own. */}
      {error("enterpriseId")}
      <FormFooter state={state} pending={pending} submitLabel={t("invite")} workingLabel={t("creating")} />
    </form>
  );
}
