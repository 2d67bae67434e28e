import type { ActionResult } from "@/lib/auth/action-core";

/** What a form says after a success; a function when the answer decides (how many were changed). */
export type DoneText<T> = string | ((data: T) => string);

/**
 * Tells a form's outcome as a toast, as the answer arrives: a success (when the form has something
 * to say), or a refusal that no field explains (a conflict, a step no longer allowed). Field errors
 * stay beside their fields. A refusal stays until it is closed, so it is read whatever the refresh
 * that came with it did to the page; the same message is shown once however often it is repeated.
 * sonner is imported when a toast is raised: the same module the frame's Toaster loaded after the
 * page became interactive (components/ui/toaster.tsx).
 */
export function toastOutcome<T>(result: ActionResult<T>, done: DoneText<T> | undefined) {
  if (result.ok) {
    const text = typeof done === "function" ? done(result.data) : done;
    if (text) void import("sonner").then(({ toast }) => toast.success(text));
  } else if (!result.fieldErrors) {
    const message = result.message;
    void import("sonner").then(({ toast }) => toast.error(message, { id: `refusal:${message}`, duration: Infinity }));
  }
}
