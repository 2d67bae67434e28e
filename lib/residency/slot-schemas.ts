import { z } from "zod";
import { idField as id, plainString } from "../forms/fields.ts";
import { chinaDayNumber, parseChinaDate } from "../time/china.ts";
import { clock } from "../time/clock.ts";
import { currentMonday, parseStartTimes, slotsFitTheDay, weekdayOf, WEEKDAYS, type Weekday } from "./slot-plan.ts";

/** How many weeks ahead slots may be opened: far enough for a quarter, near enough to stay true. */
export const MAX_WEEKS_AHEAD = 12;
export const MAX_CAPACITY = 50;
export const MIN_SLOT_MINUTES = 5;
export const MAX_SLOT_MINUTES = 240;

const week = z
  .string({ message: "residency.slots.errors.weekRequired" })
  .trim()
  .min(1, "residency.slots.errors.weekRequired")
  .transform((value, ctx) => {
    const day = parseChinaDate(value);
    const thisWeek = currentMonday(clock.now());
    if (day === null || weekdayOf(day) !== 1 || day < thisWeek || day > thisWeek + 7 * MAX_WEEKS_AHEAD) {
      ctx.addIssue({
        code: "custom",
        message: "residency.slots.errors.weekInvalid",
        params: { weeks: MAX_WEEKS_AHEAD },
      });
      return z.NEVER;
    }
    return day;
  });

/** Checkboxes post one value or several; both become a list of weekdays. */
const weekdays = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.coerce.number({ message: "errors.invalidField" }).pipe(z.literal([...WEEKDAYS], "errors.invalidField")))
    .max(7, "errors.invalidField")
    .refine((days) => days.length > 0, "residency.slots.errors.weekdaysRequired")
    .transform((days) => [...new Set(days)].sort((a, b) => a - b) as Weekday[]),
);

const times = plainString("residency.slots.errors.timesRequired")
  .max(300, "residency.slots.errors.timesInvalid")
  .transform((value, ctx) => {
    const parsed = parseStartTimes(value);
    if (parsed === null) {
      ctx.addIssue({ code: "custom", message: "residency.slots.errors.timesInvalid" });
      return z.NEVER;
    }
    if (parsed.length === 0 || parsed.length > 24) {
      ctx.addIssue({ code: "custom", message: "residency.slots.errors.timesRequired" });
      return z.NEVER;
    }
    return parsed;
  });

const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ message }).int(message).min(min, message).max(max, message);

/** A week of slots at one station: the days, the start times of each day, the length and places of each slot. */
export const openSlotsSchema = z
  .object({
    stationId: id,
    week,
    weekdays,
    times,
    length: wholeNumber(MIN_SLOT_MINUTES, MAX_SLOT_MINUTES, "residency.slots.errors.lengthInvalid"),
    capacity: wholeNumber(1, MAX_CAPACITY, "residency.slots.errors.capacityInvalid"),
  })
  // zod runs an object's refinement after its fields' own issues too, with a field that failed still
  // holding what was sent (a string where times should be a list): only whole input is compared.
  .refine(
    (input) =>
      !Array.isArray(input.times) || !Number.isFinite(input.length) || slotsFitTheDay(input.times, input.length),
    {
      message: "residency.slots.errors.overlap",
      path: ["times"],
    },
  );
export type OpenSlotsInput = z.output<typeof openSlotsSchema>;

/** A day of one station that takes no more bookings; today or later. */
export const closeDaySchema = z.object({
  stationId: id,
  date: z
    .string({ message: "errors.invalidField" })
    .trim()
    .transform((value, ctx) => {
      const day = parseChinaDate(value);
      if (day === null || day < chinaDayNumber(clock.now())) {
        ctx.addIssue({ code: "custom", message: "residency.slots.errors.dayPast" });
        return z.NEVER;
      }
      return day;
    }),
});
export type CloseDayInput = z.output<typeof closeDaySchema>;
