"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { eventOfChange, isAnswerAwaited, isTicketEventShown } from "@/components/tickets/shown-events";
import { POLL_EVERY_MS, READY_WITHIN_MS, reconnectDelay } from "./live-reconnect";

/** How long a change naming a ticket event waits for the answer of a step taken on this page. */
const OWN_ANSWER_WAIT_MS = 1_500;
/** The longest it waits while this page still awaits an answer: past that, the page reloads anyway. */
const AWAITED_ANSWER_WAIT_MS = 30_000;

/** The ticket a path shows (`/tickets/<id>`), whose changes the page follows besides the user's own. */
function ticketOnPage(pathname: string): string | null {
  const id = /^\/tickets\/([a-z0-9]{8,40})$/.exec(pathname)?.[1];
  return id ?? null;
}

/**
 * Keeps the open page current: when the server says something this user follows changed (a
 * notification for them, the ticket on screen), the page's server data is reloaded in place. The
 * reload keeps what the user is typing, since forms keep their state across it. Behind a proxy that
 * buffers the stream, the page reloads its data every half minute instead.
 */
export function LiveUpdates() {
  const router = useRouter();
  const ticket = ticketOnPage(usePathname());

  useEffect(() => {
    const url = ticket ? `/api/v1/events?topic=${encodeURIComponent(`ticket:${ticket}`)}` : "/api/v1/events";
    let source: EventSource | undefined;
    let failures = 0;
    let stopped = false;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let poll: ReturnType<typeof setInterval> | undefined;

    // Several changes in a moment (a status and its notification) make one reload. Changes that name
    // ticket events wait longer: when they are the user's own step on this page, the step's answer,
    // which shows them, may still be on its way, and then no reload is needed.
    // While a step sent from this page still awaits its answer, they wait on (up to a limit).
    let unnamed = false;
    const named = new Set<string>();
    let waitingSince = 0;
    const decide = () => {
      const needed = unnamed || [...named].some((id) => !isTicketEventShown(id));
      if (needed && !unnamed && isAnswerAwaited() && Date.now() - waitingSince < AWAITED_ANSWER_WAIT_MS) {
        refreshTimer = setTimeout(decide, OWN_ANSWER_WAIT_MS);
        return;
      }
      unnamed = false;
      named.clear();
      if (needed) router.refresh();
    };
    const refreshSoon = (event: string | null = null) => {
      if (named.size === 0 && !unnamed) waitingSince = Date.now();
      if (event) named.add(event);
      else unnamed = true;
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(decide, unnamed ? 150 : OWN_ANSWER_WAIT_MS);
    };
    const later = (ms: number, run: () => void) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        run();
      }, ms);
      timers.add(timer);
      return timer;
    };
    const pollInstead = () => {
      poll ??= setInterval(() => {
        if (document.visibilityState === "visible") router.refresh();
      }, POLL_EVERY_MS);
    };

    const open = () => {
      if (stopped) return;
      const stream = new EventSource(url);
      source = stream;
      const buffered = later(READY_WITHIN_MS, () => {
        stream.close();
        pollInstead();
      });
      stream.addEventListener("ready", () => {
        clearTimeout(buffered);
        // Back after a failure: what changed meanwhile was not told.
        if (failures > 0) refreshSoon();
        failures = 0;
      });
      stream.addEventListener("change", (message) => refreshSoon(eventOfChange(message.data)));
      stream.addEventListener("resync", () => refreshSoon());
      stream.onerror = () => {
        clearTimeout(buffered);
        stream.close();
        failures += 1;
        later(reconnectDelay(failures), open);
      };
    };
    open();

    return () => {
      stopped = true;
      source?.close();
      for (const timer of timers) clearTimeout(timer);
      clearTimeout(refreshTimer);
      clearInterval(poll);
    };
  }, [router, ticket]);

  return null;
}
