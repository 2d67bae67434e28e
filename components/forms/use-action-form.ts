"use client";

import { startTransition, useActionState, useCallback, useEffect, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/action-core";
import { toastOutcome, type DoneText } from "./outcome-toast";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState for forms that must keep what the user typed when the server answers with errors.
 * React resets a form after its `action` runs; submitting through onSubmit avoids that, while the
 * `action` attribute still lets the form post without JavaScript. The form is cleared on success.
 * When the answer has field errors, the first field marked invalid takes the focus, so keyboard and
 * screen-reader users land on what to correct (fieldErrors() marks the fields). Any other outcome is
 * told as a toast (`done` on success) as soon as the answer arrives, before the refresh that comes
 * with it may remove the form.
 */
export function useActionForm<T>(action: Action<T>, { done }: { done?: DoneText<T> } = {}) {
  const told = useCallback(
    async (previous: ActionResult<T> | null, form: FormData) => {
      const result = await action(previous, form);
      toastOutcome(result, done);
      return result;
    },
    [action, done],
  );
  const [state, formAction, pending] = useActionState(told, null);
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
