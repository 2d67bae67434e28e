// Days, weeks and months are China's (UTC+8, no daylight saving), whatever the server's zone.
const OFFSET_MS = 8 * 3_600_000;

/** The instant the China-time month containing `at` began. */
export function startOfChinaMonth(at: Date): Date {
  const local = new Date(at.getTime() + OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - OFFSET_MS);
}

/** An instant as China time "YYYY-MM-DDTHH:mm": the value a datetime-local field shows and posts. */
export function chinaDateTimeLocal(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** An instant as China time "YYYY-MM-DD HH:mm", for reading: the station's clock is what counts. */
export function chinaDateTime(at: Date): string {
  return chinaDateTimeLocal(at).replace("T", " ");
}

/**
 * A China-time "YYYY-MM-DDTHH:mm" (what a datetime-local field posts; a space and seconds are
 * accepted too) as an instant, or null when it is not a real date and time.
 */
export function parseChinaDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((p) => Number(p ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  // Date.UTC rolls 30 February over into March and 24:00 into the next day; such input is not a time.
  if (
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    back.getUTCHours() !== h ||
    back.getUTCMinutes() !== mi ||
    back.getUTCSeconds() !== s
  )
    return null;
  return new Date(utc - OFFSET_MS);
}

/** "09:00" in China time. */
export const chinaTime = (at: Date) => chinaDateTimeLocal(at).slice(11);
