import type { ActionResult } from "@/lib/auth/action-core";

/**
 * The form's own line under its fields: when the server marked fields to correct, the summary that
 * says so, read out to screen readers. Every other outcome (done, a conflict, a refusal) is a toast
 * (outcome-toast.ts), which outlives the form.
 *
 *   <FormStatus state={state} />
 */
export function FormStatus({ state }: { state: ActionResult<unknown> | null }) {
  const text = state && !state.ok && state.fieldErrors ? state.message : null;
  return (
    <p role="status" aria-live="polite" className="text-sm text-red-700">
      {text}
    </p>
  );
}
