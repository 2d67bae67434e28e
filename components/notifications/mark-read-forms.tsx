"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { Button } from "@/components/ui/button";

type Action = (
  previous: ActionResult<{ updated: number }> | null,
  input: FormData,
) => Promise<ActionResult<{ updated: number }>>;

/**
 * After a successful submit the button disappears (the row turns read, or leaves the unread
 * filter). Keyboard and screen-reader users would be dropped at the top of the page, so focus
 * moves to the first of `targets` that still exists, unless the user has already moved on.
 */
function useFocusAfterSubmit(done: boolean, targets: string[]) {
  const submitted = useRef(false);
  const targetsRef = useRef(targets);
  useEffect(() => {
    targetsRef.current = targets;
  });
  useEffect(() => {
    if (done && submitted.current) {
      submitted.current = false;
      moveFocus(targetsRef.current);
    }
  }, [done]);
  useEffect(
    () => () => {
      if (submitted.current) requestAnimationFrame(() => moveFocus(targetsRef.current));
    },
    [],
  );
  return () => {
    submitted.current = true;
  };
}

function moveFocus(targets: string[]) {
  const active = document.activeElement;
  if (active && active !== document.body) return;
  for (const id of targets) {
    const element = document.getElementById(id);
    if (element) return element.focus();
  }
}

/** The per-row button; once the row is read it shows nothing but keeps its place for focus handling. */
export function MarkReadButton({
  action,
  id,
  read,
  describedBy,
  focusTargets,
}: {
  action: Action;
  id: string;
  read: boolean;
  describedBy: string;
  focusTargets: string[];
}) {
  const t = useTranslations("notifications");
  const [state, dispatch, pending] = useActionState(action, null);
  const onSubmit = useFocusAfterSubmit(read, focusTargets);
  if (read) return null;
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col items-end gap-1">
      <input type="hidden" name="ids" value={id} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        pending={pending}
        pendingLabel={t("markingRead")}
        aria-describedby={describedBy}
      >
        {t("markRead")}
      </Button>
      <ActionError state={state} />
    </form>
  );
}

/** "Mark all read", limited to what the reader has seen: notifications up to `before`. */
export function MarkAllReadButton({
  action,
  before,
  focusTargets,
}: {
  action: Action;
  before: string;
  focusTargets: string[];
}) {
  const t = useTranslations("notifications");
  const [state, dispatch, pending] = useActionState(action, null);
  const onSubmit = useFocusAfterSubmit(state?.ok === true, focusTargets);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col items-end gap-1">
      <input type="hidden" name="before" value={before} />
      <Button type="submit" variant="secondary" size="sm" pending={pending} pendingLabel={t("markingAllRead")}>
        {t("markAllRead")}
      </Button>
      <ActionError state={state} />
    </form>
  );
}

function ActionError({ state }: { state: ActionResult<unknown> | null }) {
  return (
    <p role="alert" className="text-xs text-red-700 empty:hidden">
      {state && !state.ok ? state.message : null}
    </p>
  );
}
