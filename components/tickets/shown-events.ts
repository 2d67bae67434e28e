/**
 * The ticket events the open page shows, whether the server rendered them or an action's answer
 * added them: a live update naming one of them needs no reload (components/shell/live-updates.tsx).
 * One page is open per browser tab, so the set is the tab's.
 */
let shown: ReadonlySet<string> = new Set();

export function showTicketEvents(ids: Iterable<string>): void {
  shown = new Set(ids);
  // The page now shows what the answers it waited for brought.
  const done = [...releaseWhenShown];
  releaseWhenShown.clear();
  for (const release of done) release();
}

/** Whether the page shows the ticket event. */
export function isTicketEventShown(id: string): boolean {
  return shown.has(id);
}

let awaiting = 0;

/**
 * Marks a step or comment sent from this page as waiting for its answer, which will show the events
 * it wrote; returns the release (once is enough). A live change naming one of them does not reload
 * the page while the answer is on its way, however long a busy server takes to send it.
 */
export function awaitAnswer(): () => void {
  awaiting += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    awaiting -= 1;
  };
}

const releaseWhenShown = new Set<() => void>();

/**
 * Ends a wait once the page shows the events its answer brought (its next `showTicketEvents`), or
 * after `latestMs` for an answer that brings none. A fixed delay instead was once too short: on a busy
 * machine the answer's render came later, and a live change of the step reloaded the page.
 */
export function releaseWhenAnswerShown(release: () => void, latestMs: number): void {
  releaseWhenShown.add(release);
  setTimeout(() => {
    releaseWhenShown.delete(release);
    release();
  }, latestMs);
}

/** Whether a step or comment sent from this page still waits for its answer. */
export function isAnswerAwaited(): boolean {
  return awaiting > 0;
}

/** The ticket event a live `change` names (its data, as the stream sent it), or null. */
export function eventOfChange(data: unknown): string | null {
  if (typeof data !== "string") return null;
  try {
    const { event } = JSON.parse(data) as { event?: unknown };
    return typeof event === "string" && event ? event : null;
  } catch {
    return null;
  }
}
