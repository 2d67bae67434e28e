// The channel every server of a deployment listens on for live updates (lib/live). Writers send on
// it with pg_notify inside their transaction, so a message leaves only when its change is committed;
// the ticket-event trigger (migration live_ticket_events) sends on it too.
import pg from "pg";
import { databaseTarget, openPglite, type DatabaseTarget } from "./connection.ts";

export const LIVE_CHANNEL = "jqt_live";

export type LiveHandlers = {
  /** A payload, as sent. */
  message: (payload: string) => void;
  /** The connection was lost and is back: what was sent meanwhile is lost, so followers should reload. */
  resync: () => void;
  /** A failed connection attempt, before the next one. */
  error?: (error: unknown) => void;
};

export type LiveListener = { close: () => Promise<void> };

const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 30_000;

/**
 * Listens on the live channel: on PostgreSQL with a connection of its own that comes back after a
 * restart (with back-off), on the embedded database through the process's PGlite.
 */
export async function listenLive(
  handlers: LiveHandlers,
  target: DatabaseTarget = databaseTarget(),
): Promise<LiveListener> {
  if (target.kind === "pglite") {
    const unlisten = await openPglite(target.dataDir).listen(LIVE_CHANNEL, handlers.message);
    return { close: () => unlisten() };
  }
  return listenOnServer(target.url, handlers);
}

/** Resolves once the first attempt to listen succeeded or failed; a failed one goes on retrying. */
async function listenOnServer(url: string, handlers: LiveHandlers): Promise<LiveListener> {
  let client: pg.Client | undefined;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let delay = FIRST_RETRY_MS;
  let lostOnce = false;

  const connect = async () => {
    if (closed) return;
    const attempt = new pg.Client({ connectionString: url, application_name: "jqt-live" });
    attempt.on("notification", (note) => {
      if (note.channel === LIVE_CHANNEL && note.payload) handlers.message(note.payload);
    });
    // A lost connection also ends the client; "end" below reconnects.
    attempt.on("error", () => undefined);
    try {
      await attempt.connect();
      await attempt.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      handlers.error?.(error);
      await attempt.end().catch(() => undefined);
      retry();
      return;
    }
    if (closed) return void (await attempt.end().catch(() => undefined));
    client = attempt;
    delay = FIRST_RETRY_MS;
    if (lostOnce) handlers.resync();
    attempt.once("end", () => {
      client = undefined;
      lostOnce = true;
      retry();
    });
  };
  const retry = () => {
    if (closed) return;
    retryTimer = setTimeout(() => void connect(), delay);
    delay = Math.min(delay * 2, LONGEST_RETRY_MS);
  };

  await connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retryTimer);
      await client?.end().catch(() => undefined);
    },
  };
}
