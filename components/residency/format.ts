const CHINA_TIME = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-11-25 09:00" in China time, whatever the server's zone: the station's clock is what counts. */
export function chinaDateTime(at: Date): string {
  const p = Object.fromEntries(CHINA_TIME.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** "09:00" in China time. */
export const chinaTime = (at: Date) => chinaDateTime(at).slice(11);
