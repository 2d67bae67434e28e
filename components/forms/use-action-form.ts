"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/action-core";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState for forms that must keep what the user typed when the server answers with errors.
 * React resets a form after its `action` runs; submitting through onSubmit avoids that, while the
 * `action` attribute still lets the form post without JavaScript. The form is cleared on success.
 * When the answer has field errors, the first field marked invalid takes the focus, so keyboard and
 * screen-reader users land on what to correct (fieldErrors() marks the fields).
 */
export function useActionForm<T>(action: Action<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const submitted = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (!state || state.ok || !state.fieldErrors) return;
    submitted.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    submitted.current = form;
    const data = new FormData(form);
    startTransition(async () => {
      formAction(data);
    });
  };
  return { state, formAction, onSubmit, pending };
}
