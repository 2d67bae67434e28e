// When the live stream (components/shell/live-updates.tsx) waits, and when it gives up on streaming.

/** After the n-th failure in a row: 1 s, 2 s, 4 s … up to 30 s, each shortened at random by up to half, so that a restarted server is not met by every browser at once. */
export function reconnectDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** The server says `ready` as soon as the stream opens; a proxy that buffers holds it back. */
export const READY_WITHIN_MS = 5_000;

/** How often a page that cannot stream reloads its data instead, while it is in view. */
export const POLL_EVERY_MS = 30_000;
