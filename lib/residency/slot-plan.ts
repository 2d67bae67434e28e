// A week of window appointment slots as an officer plans it: the days of the week, the start times
// of a day and the length of a slot, in China time. Pure, so the schema, the command and the tests
// share one reading of "Tuesday 09:00".
import { chinaDayNumber, chinaMidnight, dayNumberToDate, parseChinaDate } from "../time/china.ts";

const MINUTE_MS = 60_000;
export const DAY_MINUTES = 24 * 60;

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The ISO weekday (1 Monday … 7 Sunday) of a China day number; day 0, 1970-01-01, was a Thursday. */
export function weekdayOf(day: number): Weekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The Monday of the week holding a China day number. */
export function mondayOf(day: number): number {
  return day - (weekdayOf(day) - 1);
}

/** The Monday of the week holding `at`, in China time. */
export function currentMonday(at: Date): number {
  return mondayOf(chinaDayNumber(at));
}

/** The Monday of the week a "YYYY-MM-DD" falls in, or null when it is not a date. */
export function weekParam(value: string | undefined): number | null {
  const day = value ? parseChinaDate(value) : null;
  return day === null ? null : mondayOf(day);
}

export const mondayDate = (monday: number) => dayNumberToDate(monday);

/**
 * "09:00, 10:30 14:00" as minutes after midnight, sorted and without repeats; null when any part is
 * not a time of day. Commas, spaces and the Chinese list marks all separate, as people type them.
 */
export function parseStartTimes(text: string): number[] | null {
  const parts = text.split(/[\s,，、;；]+/).filter(Boolean);
  const minutes: number[] = [];
  for (const part of parts) {
    const match = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/.exec(part);
    if (!match) return null;
    minutes.push(Number(match[1]) * 60 + Number(match[2]));
  }
  return [...new Set(minutes)].sort((a, b) => a - b);
}

/** "09:05" for 545 minutes. */
export const formatMinutes = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** Whether slots of `length` minutes starting at these (sorted) times overlap or run past midnight. */
export function slotsFitTheDay(starts: readonly number[], length: number): boolean {
  const last = starts.at(-1);
  if (last === undefined || last + length > DAY_MINUTES) return false;
  return starts.every((start, i) => i === 0 || start - starts[i - 1]! >= length);
}

export type WeekPlan = { monday: number; weekdays: readonly Weekday[]; starts: readonly number[]; length: number };

export type PlannedSlot = { startsAt: Date; endsAt: Date };

/** Every slot of the plan, day by day and in order of time. */
export function planSlots({ monday, weekdays, starts, length }: WeekPlan): PlannedSlot[] {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  return days.flatMap((weekday) => {
    const midnight = chinaMidnight(monday + weekday - 1).getTime();
    return starts.map((start) => ({
      startsAt: new Date(midnight + start * MINUTE_MS),
      endsAt: new Date(midnight + (start + length) * MINUTE_MS),
    }));
  });
}
