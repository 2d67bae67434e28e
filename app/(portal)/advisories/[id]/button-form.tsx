"use client";

import type { ActionResult } from "@/lib/auth/action-core";
import { FormFooter } from "@/components/forms/form-footer";
import { useActionForm } from "@/components/forms/use-action-form";

/** One step on an advisory (acknowledge, remind) as a button; the outcome is told as a toast. */
export function AdvisoryButtonForm<T>({
  action,
  advisoryId,
  label,
  working,
  done,
  hint,
  testId,
}: {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  advisoryId: string;
  label: string;
  working: string;
  done: string;
  hint?: string;
  testId: string;
}) {
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2" data-testid={testId}>
      <input type="hidden" name="advisoryId" value={advisoryId} />
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      <FormFooter state={state} pending={pending} submitLabel={label} workingLabel={working} />
    </form>
  );
}
