"use client";

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/action-core";
import { toastOutcome, type DoneText } from "./outcome-toast";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * A form's server action, with what the user typed kept when the server answers with errors.
 *
 * Two ways in. Without JavaScript the form posts to the server action itself: useActionState gets
 * the action as it is, so React renders the fields that let the browser post it, and the page comes
 * back with the answer. With JavaScript, onSubmit sends it instead (React would reset the form after
 * its own `action` runs) and tells the outcome as a toast (`done` on success, a refusal no field
 * explains) as soon as the answer arrives, before the refresh that comes with it may remove the
 * form. Field errors stay on the form, and the first field marked invalid takes the focus, so
 * keyboard and screen-reader users land on what to correct (fieldErrors() marks the fields). The
 * form is cleared on success.
 */
export function useActionForm<T>(action: Action<T>, { done }: { done?: DoneText<T> } = {}) {
  const [posted, formAction] = useActionState(action, null);
  const [answered, setAnswered] = useState<ActionResult<T> | null>(null);
  const [pending, startSending] = useTransition();
  const state = answered ?? posted;
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
    startSending(async () => {
      // No action reads the previous answer, and one may hold what only the server can send (a
      // ticket step's page parts): it is not sent back.
      const result = await action(null, data);
      toastOutcome(result, done);
      setAnswered(result);
    });
  };
  return { state, formAction, onSubmit, pending };
}
