import type { Db } from "../db/connection.ts";
import { notify } from "../notifications/notify.ts";
import { chinaMonthStart, chinaYearMonth, dayNumberToDate, chinaDayNumber } from "../time/china.ts";
import { clock } from "../time/clock.ts";

/** The China month before the one `now` falls in: its label ("2026-05") and its first and last days. */
export function previousMonth(now: Date): { label: string; firstDay: string; lastDay: string } {
  const { year, month } = chinaYearMonth(now);
  const start = chinaMonthStart(year, month - 1);
  const end = chinaMonthStart(year, month);
  const firstDay = dayNumberToDate(chinaDayNumber(start));
  return { label: firstDay.slice(0, 7), firstDay, lastDay: dayNumberToDate(chinaDayNumber(end) - 1) };
}

/**
 * Tells every active chief and city leader that last month's bulletin can be read, with a link to
 * their dashboard narrowed to that month (the chief's has the bulletin's text; the city leader's
 * compares the counties over it). Once per month per reader, however often it runs: a run after the
 * first finds the month's notice and skips that reader, and runs at the same time queue on one
 * advisory lock. Returns the notices written.
 */
export async function notifyMonthlyBulletin(db: Db, now: Date = clock.now()): Promise<number> {
  const month = previousMonth(now);
  const query = `period=custom&from=${month.firstDay}&to=${month.lastDay}`;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`bulletin:${month.label}`}))`;
    const readers = await tx.user.findMany({
      where: { role: { in: ["CHIEF", "CITY"] }, active: true },
      select: { id: true, role: true },
    });
    const told = await tx.notification.findMany({
      where: { kind: "monthlyBulletinReady", params: { path: ["period"], equals: month.label } },
      select: { userId: true },
    });
    const done = new Set(told.map((n) => n.userId));
    let written = 0;
    for (const role of ["CHIEF", "CITY"] as const) {
      const recipients = readers.filter((r) => r.role === role && !done.has(r.id)).map((r) => r.id);
      written += await notify(tx, recipients, {
        kind: "monthlyBulletinReady",
        params: { period: month.label },
        link: role === "CHIEF" ? `/chief?${query}#bulletin` : `/city?${query}`,
      });
    }
    return written;
  });
}
