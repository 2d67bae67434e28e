"use client";

import { useTranslations } from "next-intl";
import { LogOut } from "lucide-react";
import type { ActionResult } from "@/lib/auth/action-core";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/** Ends every session, this one too; asks first because the user then has to sign in again. */
export function SignOutEverywhereForm<T>({ action }: { action: Action<T> }) {
  const t = useTranslations("account.sessions");
  const { state, formAction, onSubmit, pending } = useActionForm(action);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(t("confirm"))) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      className="space-y-2"
    >
      <p className="max-w-prose text-sm text-slate-600">{t("hint")}</p>
      <Button type="submit" variant="danger" icon={LogOut} pending={pending} pendingLabel={t("working")}>
        {t("submit")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
