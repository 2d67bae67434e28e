"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/** Starts (or restarts) the set-up: the page then shows the QR code of a new secret. */
export function StartTwoFactorForm<T>({ action, restart }: { action: Action<T>; restart?: boolean }) {
  const t = useTranslations("account.twoFactor");
  const { state, formAction, onSubmit, pending } = useActionForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2">
      <Button type="submit" variant={restart ? "secondary" : "primary"} pending={pending} pendingLabel={t("starting")}>
        {t(restart ? "restart" : "start")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
