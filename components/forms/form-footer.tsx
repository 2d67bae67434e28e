import Link from "next/link";
import type { ActionResult } from "@/lib/auth/action-core";

type Props = {
  state: ActionResult<unknown> | null;
  pending: boolean;
  submitLabel: string;
  workingLabel: string;
  /** Where "cancel" leads; no link when absent. */
  cancel?: { href: string; label: string };
};

/** A form's submit button, its way out, and the server's form-level answer read out to screen readers. */
export function FormFooter({ state, pending, submitLabel, workingLabel, cancel }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? workingLabel : submitLabel}
      </button>
      {cancel ? (
        <Link href={cancel.href} className="text-sm text-brand-600 hover:underline">
          {cancel.label}
        </Link>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {state && !state.ok ? state.message : null}
      </p>
    </div>
  );
}
