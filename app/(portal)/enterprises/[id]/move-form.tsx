"use client";

import { useEffect, useRef, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { fieldErrors } from "@/components/forms/field-errors";
import { FormFooter } from "@/components/forms/form-footer";
import { RequiredMark } from "@/components/forms/required-mark";
import { SelectField } from "@/components/forms/select-field";
import { useActionForm } from "@/components/forms/use-action-form";

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  enterpriseId: string;
  version: number;
  workstations: { value: string; label: string }[];
};

/** Moving the enterprise to another workstation, with the reason the move keeps, after a confirmation. */
export function MoveForm<T>({ action, enterpriseId, version, workstations }: Props<T>) {
  const t = useTranslations("organisation");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("move.done") });
  const { describe, error } = fieldErrors(state);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!window.confirm(t("move.confirm"))) {
      event.preventDefault();
      return;
    }
    onSubmit(event);
  };
  return (
    <form ref={formRef} action={formAction} onSubmit={submit} className="space-y-3" noValidate>
      <p className="text-sm text-slate-600">{t("move.help")}</p>
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="workstationId"
        label={
          <>
            {t("move.workstation")}
            <RequiredMark />
          </>
        }
        options={workstations}
        empty={{ label: t("move.choose"), selectable: false }}
        state={state}
      />
      <div>
        <label htmlFor="move-reason" className="block text-sm font-medium text-slate-700">
          {t("move.reason")}
          <RequiredMark />
        </label>
        <textarea
          id="move-reason"
          name="reason"
          rows={2}
          required
          maxLength={500}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
          {...describe("reason")}
        />
        {error("reason")}
      </div>
      <FormFooter state={state} pending={pending} submitLabel={t("move.submit")} workingLabel={t("working")} />
    </form>
  );
}
