import type { NotificationParams } from "./notify.ts";

/** Params that hold a ticket status (an enum value), shown through the reader's status names. */
const TICKET_STATUS_PARAMS = ["fromStatus", "toStatus"] as const;

/** Params that hold a China calendar day (YYYY-MM-DD), shown as the reader writes dates. */
const DAY_PARAMS = ["date"] as const;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-26" as "2026年11月26日" or "Nov 26, 2026"; anything else as stored. */
function writtenDay(value: string, locale: string): string {
  const day = DAY.exec(value);
  if (!day) return value;
  // Noon UTC is the same calendar day in China, whatever the server's own zone.
  const noon = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12));
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(noon);
}

/**
 * The params a notification's message is filled with, for one reader. A param `x` stored with an `xEn`
 * beside it (names of enterprises and people) is shown as `xEn` to an English reader when it is not
 * blank, as `x` otherwise; status params are translated through `statusLabel`, days written out.
 */
export function paramsForReader(
  params: NotificationParams,
  locale: string,
  statusLabel: (status: string) => string,
): NotificationParams {
  const out: NotificationParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (key.endsWith("En") && key.slice(0, -2) in params) continue;
    const en = params[`${key}En`];
    out[key] = locale === "en" && typeof en === "string" && en.trim() ? en : value;
  }
  for (const key of TICKET_STATUS_PARAMS) {
    const status = out[key];
    if (typeof status === "string") out[key] = statusLabel(status);
  }
  for (const key of DAY_PARAMS) {
    const day = out[key];
    if (typeof day === "string") out[key] = writtenDay(day, locale);
  }
  return out;
}

/**
 * The message key under "notifications" for a stored notification. Status changes stored before they
 * named their statuses keep a message that needs only the number.
 */
export function notificationMessageKey(
  kind: string,
  params: NotificationParams,
  has: (key: string) => boolean,
): string {
  if (kind === "ticketStatusChanged" && !("toStatus" in params)) return "kinds.ticketStatusChangedBrief";
  return has(`kinds.${kind}`) ? `kinds.${kind}` : "kinds.unknown";
}
