// Days, weeks and months are China's (UTC+8, no daylight saving), whatever the server's zone.
const OFFSET_MS = 8 * 3_600_000;

/** The instant the China-time month containing `at` began. */
export function startOfChinaMonth(at: Date): Date {
  const local = new Date(at.getTime() + OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - OFFSET_MS);
}
