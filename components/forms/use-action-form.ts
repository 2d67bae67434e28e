"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/action-core";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState for forms that must keep what the user typed when the server answers with errors.
 * React resets a form after its `action` runs; submitting through onSubmit avoids that, while the
 * `action` attribute still lets the form post without JavaScript. The form is cleared on success.
 */
export function useActionForm<T>(action: Action<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      formAction(data);
    });
  };
  return { state, formAction, onSubmit, pending };
}
