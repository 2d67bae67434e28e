"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { fieldErrors } from "@/components/forms/field-errors";
import { FormFooter } from "@/components/forms/form-footer";
import { useActionForm } from "@/components/forms/use-action-form";

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  enterpriseId: string;
  version: number;
  /** The state to switch to. */
  active: boolean;
};

/** Deactivating or reactivating an enterprise, with the reason the audit trail keeps. */
export function ActivationForm<T>({ action, enterpriseId, version, active }: Props<T>) {
  const t = useTranslations("enterprise");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("done") });
  const { describe, error } = fieldErrors(state);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="active" value={String(active)} />
      <div>
        <label htmlFor="reason" className="block text-sm font-medium text-slate-700">
          {t("activation.reason")}
        </label>
        <textarea
          id="reason"
          name="reason"
          rows={2}
          required
          maxLength={500}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          {...describe("reason")}
        />
        {error("reason")}
      </div>
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={t(active ? "activation.reactivate" : "activation.deactivate")}
        workingLabel={t("working")}
        submitVariant={active ? "primary" : "danger"}
      />
    </form>
  );
}
