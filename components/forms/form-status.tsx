import type { ActionResult } from "@/lib/auth/action-core";

/**
 * The server's form-level answer, read out to screen readers as it changes: the refusal's message,
 * or `done` after a success when the form stays on the page (nothing when it navigates away).
 *
 *   <FormStatus state={state} done={t("saved")} />
 */
export function FormStatus({ state, done }: { state: ActionResult<unknown> | null; done?: string }) {
  const text = state ? (state.ok ? done : state.message) : null;
  return (
    <p role="status" aria-live="polite" className={`text-sm ${state?.ok ? "text-emerald-700" : "text-red-700"}`}>
      {text ?? null}
    </p>
  );
}
