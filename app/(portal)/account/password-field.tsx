import { fieldErrors } from "@/components/forms/field-errors";
import type { ActionResult } from "@/lib/auth/action-core";

const INPUT = "mt-1 block w-full max-w-sm rounded-md border border-slate-300 px-3 py-2 text-base";

/** A labelled password input with its server-side error. */
export function PasswordField({
  name,
  label,
  autoComplete,
  state,
  hint,
}: {
  name: string;
  label: string;
  autoComplete: "current-password" | "new-password";
  state: ActionResult<unknown> | null;
  hint?: string;
}) {
  const { describe, error } = fieldErrors(state);
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        className={INPUT}
        {...describe(name, hint)}
      />
      {error(name)}
    </div>
  );
}
