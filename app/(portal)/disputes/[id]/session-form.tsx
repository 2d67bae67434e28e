"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { FormFooter } from "@/components/forms/form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { logSession } from "../actions";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

/** Logging a mediation session: when (China time, up to now) and what was discussed. */
export function SessionForm({ disputeId, version, now }: { disputeId: string; version: number; now: string }) {
  const t = useTranslations("disputes");
  const { state, formAction, onSubmit, pending } = useActionForm(logSession, { done: t("done") });
  const { describe, error } = fieldErrors(state);
  const formRef = useRef<HTMLFormElement>(null);
  // Typed text is kept on errors and cleared once the session was saved.
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      data-testid="logSession"
      noValidate
    >
      <input type="hidden" name="disputeId" value={disputeId} />
      <input type="hidden" name="version" value={version} />
      <div className="max-w-xs">
        <label htmlFor="heldAt" className="block text-sm font-medium text-slate-700">
          {t("fields.heldAt")}
        </label>
        <input
          id="heldAt"
          name="heldAt"
          type="datetime-local"
          required
          max={now}
          defaultValue={now}
          className={input}
          {...describe("heldAt", "heldAt-hint")}
        />
        <p id="heldAt-hint" className="mt-1 text-xs text-slate-500">
          {t("heldAtHint")}
        </p>
        {error("heldAt")}
      </div>
      <div>
        <label htmlFor="notes" className="block text-sm font-medium text-slate-700">
          {t("fields.notes")}
        </label>
        <textarea id="notes" name="notes" required rows={4} maxLength={4000} className={input} {...describe("notes")} />
        {error("notes")}
      </div>
      <FormFooter state={state} pending={pending} submitLabel={t("do.logSession")} workingLabel={t("working")} />
    </form>
  );
}
