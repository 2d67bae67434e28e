"use client";

import { useId } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";

type Props = {
  /** What will happen, said before it does. */
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  pending: boolean;
  pendingLabel: string;
  variant?: ButtonVariant;
  size?: "sm";
};

/**
 * The confirmation of a step that cannot be undone, inside the step's form: the message, a submit
 * button that takes focus (Enter confirms, as the user just asked to go ahead) and a way back.
 */
export function ConfirmPanel({
  message,
  confirmLabel,
  cancelLabel,
  onCancel,
  pending,
  pendingLabel,
  variant = "danger",
  size,
}: Props) {
  const id = useId();
  return (
    <div role="alertdialog" aria-labelledby={id} className="space-y-2 rounded-md bg-red-50 p-3">
      <p id={id} className="text-sm text-red-900">
        {message}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={variant} size={size} pending={pending} pendingLabel={pendingLabel} autoFocus>
          {confirmLabel}
        </Button>
        <Button variant="secondary" size={size} onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
