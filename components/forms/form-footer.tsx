/**
 * The end of every form: submit button, optional cancel link, and the server's form-level message.
 *
 *   const { state, formAction, onSubmit, pending } = useActionForm(action);
 *   <form action={formAction} onSubmit={onSubmit} className="space-y-4">
 *     …fields…
 *     <FormFooter state={state} pending={pending} submitLabel={t("save")} workingLabel={t("saving")}
 *       cancel={{ href: "/disputes", label: t("cancel") }} />
 *   </form>
 */
import Link from "next/link";
import type { ActionResult } from "@/lib/auth/action-core";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FormStatus } from "./form-status";

type Props = {
  state: ActionResult<unknown> | null;
  pending: boolean;
  submitLabel: string;
  workingLabel: string;
  /** Where "cancel" leads; no link when absent. */
  cancel?: { href: string; label: string };
  /** Said after a success when the form stays on the page. */
  done?: string;
  /** A secondary step (send back, save a draft) looks quieter than the page's main action. */
  submitVariant?: ButtonVariant;
};

/** A form's submit button, its way out, and the server's form-level answer read out to screen readers. */
export function FormFooter({ state, pending, submitLabel, workingLabel, cancel, done, submitVariant }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant={submitVariant} pending={pending} pendingLabel={workingLabel}>
        {submitLabel}
      </Button>
      {cancel ? (
        <Link href={cancel.href} className="inline-flex min-h-11 items-center text-sm text-brand-600 hover:underline">
          {cancel.label}
        </Link>
      ) : null}
      <FormStatus state={state} done={done} />
    </div>
  );
}
