import "server-only";
import type { SessionUser } from "../auth/session-user.ts";
import { seesInternalTicketEvents } from "../tickets/policy.ts";
import { follow } from "./hub.ts";

/** Proxies and load balancers close a connection that stays silent for a minute; a comment keeps it open. */
const HEARTBEAT_MS = 15_000;
/** How long a browser waits before reconnecting after the stream ends (EventSource's `retry`). */
const RECONNECT_MS = 2_000;

const encoder = new TextEncoder();

/**
 * The Server-Sent Events answer of /api/v1/events: `ready` at once (a browser that does not see it
 * soon is behind a buffering proxy and polls instead), then `change` whenever something the user
 * follows changed, `resync` when this server may have missed changes. A change carries no content,
 * only the id of the ticket event written (`{"event": "…"}`) when it was one: the page reloads what
 * its user may see, unless it shows that event already.
 */
export function liveEventStream(user: SessionUser, topics: readonly string[], signal: AbortSignal): Response {
  let stop = () => undefined as void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const heartbeat = setInterval(() => write(": ping\n\n"), HEARTBEAT_MS);
      const unfollow = follow({
        userId: user.id,
        seesInternal: seesInternalTicketEvents(user),
        topics: new Set(topics),
        tell: (event, data = {}) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
        end: () => stop(),
      });
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unfollow();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      signal.addEventListener("abort", () => stop(), { once: true });
      write(`retry: ${RECONNECT_MS}\nevent: ready\ndata: {}\n\n`);
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      // nginx: pass each event on as it is written.
      "X-Accel-Buffering": "no",
    },
  });
}
