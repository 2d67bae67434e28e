/**
 * The end of every form: submit button, optional cancel link, and the line that says when fields need correcting.
 *
 *   const { state, formAction, onSubmit, pending } = useActionForm(action);
 *   <form action={formAction} onSubmit={onSubmit} className="space-y-4">
 *     …fields…
 *     <FormFooter state={state} pending={pending} submitLabel={t("save")} workingLabel={t("saving")}
 *       cancel={{ href: "/disputes", label: t("cancel") }} />
 *   </form>
 */
import { Link } from "@/components/ui/link";
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
  /** A secondary step (send back, save a draft) looks quieter than the page's main action. */
  submitVariant?: ButtonVariant;
};

/** A form's submit button, its way out, and the field-error summary read out to screen readers. */
export function FormFooter({ state, pending, submitLabel, workingLabel, cancel, submitVariant }: Props) {
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
      <FormStatus state={state} />
    </div>
  );
}
