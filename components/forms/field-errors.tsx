import type { ActionResult } from "@/lib/auth/action-core";

/**
 * Field-level errors of an action result for a form: `describe(name)` gives the input its
 * aria-invalid and aria-describedby (plus an optional hint's id), `error(name)` renders the message
 * with the id they point to.
 */
export function fieldErrors(state: ActionResult<unknown> | null) {
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const describe = (name: string, hint?: string) => {
    const ids = [errors[name] ? `${name}-error` : null, hint].filter(Boolean).join(" ");
    return { ...(errors[name] ? { "aria-invalid": true } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
  };
  const error = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
        {errors[name].join(" ")}
      </p>
    ) : null;
  return { errors, describe, error };
}
