// The bureau's public holidays, as far as the patrol rota is concerned: their nights are shared out
// like weekend nights. China's holidays (and the weekend days swapped into working days around them)
// are announced each year, so the chief keeps the list rather than the code.
import { getDb } from "../db/index.ts";
import type { Db } from "../db/connection.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ConflictError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { recordAudit } from "../audit/record.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { parseChinaDate } from "../time/china.ts";
import { isWeekendNight } from "./dates.ts";
import { canManagePatrols } from "./policy.ts";

/** The Setting row that holds the bureau's holiday dates (a sorted list of YYYY-MM-DD). */
export const HOLIDAYS_KEY = "patrols.holidays";
/** More than a few years of holidays is a list nobody reads; older dates can go. */
export const MAX_HOLIDAYS = 200;

type Reader = Pick<Db | Prisma.TransactionClient, "setting">;

/** The dates written in a text: separated by spaces, new lines or commas of either width. */
export function holidayTokens(text: string): string[] {
  return text.split(/[\s,，、;；]+/).filter(Boolean);
}

/** Sorted, without repeats; null when any token is not a real date. */
export function parseHolidays(text: string): string[] | null {
  const tokens = holidayTokens(text);
  if (tokens.some((t) => parseChinaDate(t) === null)) return null;
  return [...new Set(tokens)].sort();
}

export async function holidaysOf(db: Reader, bureauId: string): Promise<string[]> {
  const row = await db.setting.findUnique({ where: { bureauId_key: { bureauId, key: HOLIDAYS_KEY } } });
  return Array.isArray(row?.value) ? (row.value as string[]) : [];
}

/** The holidays of the user's bureau, for the pages that mark them. */
export async function bureauHolidays(user: SessionUser): Promise<string[]> {
  return holidaysOf(getDb(), requireScopeId(user.bureauId, "bureau"));
}

/** Weekend nights and the bureau's holiday nights: the nights a rota shares out apart from the others. */
export function restNightTest(holidays: Iterable<string>): (date: string) => boolean {
  const set = new Set(holidays);
  return (date) => isWeekendNight(date) || set.has(date);
}

/**
 * Replaces the bureau's holiday list. `seen` is the list as the chief saw it: a change by someone
 * else since is a conflict, not silently overwritten. The bureau row is locked first, so two saves
 * of a list that did not exist yet also run one after the other.
 */
export async function setHolidays(user: SessionUser, input: { dates: string[]; seen: string[] }) {
  assertAllowed(user, canManagePatrols);
  const bureauId = requireScopeId(user.bureauId, "bureau");
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Bureau" WHERE "id" = ${bureauId} FOR UPDATE`;
    const before = await holidaysOf(tx, bureauId);
    if (before.join() !== input.seen.join()) throw new ConflictError();
    await tx.setting.upsert({
      where: { bureauId_key: { bureauId, key: HOLIDAYS_KEY } },
      create: { bureauId, key: HOLIDAYS_KEY, value: input.dates },
      update: { value: input.dates },
    });
    await recordAudit(tx, user, {
      action: "patrol.holidays",
      entity: "Setting",
      entityId: HOLIDAYS_KEY,
      before: { dates: before },
      after: { dates: input.dates },
    });
    return { count: input.dates.length };
  });
}
