import { z } from "zod";
import { PatrolKind } from "../db/generated/enums.ts";
import {
  idField as id,
  optionalIdField as optionalId,
  optionalText,
  plainString,
  requiredId,
  requiredText as text,
  versionField as version,
  yesNoField,
} from "../forms/fields.ts";
import { nestIndexedFields } from "../forms/indexed-fields.ts";
import { hazardDraftSchema } from "../hazards/schemas.ts";
import { parseChinaDate } from "../time/china.ts";
import { parseMonth } from "./dates.ts";
import { holidayTokens, MAX_HOLIDAYS, parseHolidays } from "./holidays.ts";
import { parseChinaDateTime } from "../time/china.ts";

/** A team groups 7–10 neighbouring enterprises: fewer cannot share the nights, more no longer know each other. */
export const MIN_MEMBERS = 7;
export const MAX_MEMBERS = 10;
export const MAX_CHECKPOINTS = 20;
/** Hazards found on one patrol are listed with its log; more belong in separate listings. */
export const MAX_PATROL_HAZARDS = 5;

/** Checkboxes and multi-selects send one value or several; either way a list. */
const list = (item: z.ZodType<string>) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** One checkpoint name per line, blank lines ignored. */
const lines = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean)
      : v,
  z
    .array(plainString().trim().min(1).max(100, "patrols.errors.checkpointTooLong"))
    .max(MAX_CHECKPOINTS, "patrols.errors.tooManyCheckpoints"),
);

const checkbox = yesNoField();

const teamFields = {
  name: text(2, 100, "patrols.errors.name"),
  stationId: requiredId("patrols.errors.stationRequired"),
  leadOfficerId: optionalId,
  guardsPerNight: z.coerce
    .number({ message: "patrols.errors.guardsPerNight" })
    .int("patrols.errors.guardsPerNight")
    .min(2, "patrols.errors.guardsPerNight")
    .max(3, "patrols.errors.guardsPerNight"),
  routeName: optionalText(100, "patrols.errors.routeNameTooLong"),
  checkpoints: lines,
  memberIds: list(id).pipe(
    z
      .array(z.string())
      .min(MIN_MEMBERS, "patrols.errors.memberCount")
      .max(MAX_MEMBERS, "patrols.errors.memberCount")
      .refine((ids) => new Set(ids).size === ids.length, "patrols.errors.memberCount"),
  ),
};

export const createTeamSchema = z.object(teamFields);
export const updateTeamSchema = z.object({ ...teamFields, teamId: id, version, active: checkbox });

const month = z
  .string({ message: "patrols.errors.monthInvalid" })
  .trim()
  .refine((v) => parseMonth(v) !== null, "patrols.errors.monthInvalid");

export const generateRotaSchema = z.object({ teamId: id, month });

/** The bureau's holiday dates as typed (any separator), and the list as the chief saw it. */
export const holidaysSchema = z.object({
  dates: plainString()
    .max(4000, "patrols.holidays.errors.tooMany")
    .transform((text, ctx) => {
      const dates = parseHolidays(text);
      if (!dates) ctx.addIssue({ code: "custom", message: "patrols.holidays.errors.badDate" });
      else if (dates.length > MAX_HOLIDAYS)
        ctx.addIssue({ code: "custom", message: "patrols.holidays.errors.tooMany" });
      return dates ?? [];
    }),
  seen: plainString()
    .max(4000)
    .transform((text) => holidayTokens(text)),
});
export const publishRotaSchema = z.object({ rotaId: id, version });
export const editNightSchema = z.object({
  shiftId: id,
  version,
  enterpriseIds: list(id).pipe(
    z.array(z.string()).min(1, "patrols.errors.nightEmpty").max(3, "patrols.errors.nightTooMany"),
  ),
});

const chinaDay = z
  .string({ message: "patrols.errors.dateInvalid" })
  .trim()
  .refine((v) => parseChinaDate(v) !== null, "patrols.errors.dateInvalid");

export const unavailabilitySchema = z.object({ enterpriseId: id, date: chinaDay, unavailable: checkbox });

export const attachRequestSchema = z.object({ ticketId: id, teamId: optionalId });

const dateTime = (key: string) =>
  z
    .string({ message: `patrols.errors.${key}Required` })
    .trim()
    .min(1, `patrols.errors.${key}Required`)
    .transform((v, ctx) => {
      const at = parseChinaDateTime(v);
      if (!at) {
        ctx.addIssue({ code: "custom", message: "patrols.errors.timeInvalid" });
        return z.NEVER;
      }
      return at;
    });

const tally = z.coerce
  .number({ message: "patrols.errors.countInvalid" })
  .int("patrols.errors.countInvalid")
  .min(0, "patrols.errors.countInvalid")
  .max(10_000, "patrols.errors.countInvalid");

export const logShiftSchema = z.preprocess(
  nestIndexedFields("hazards"),
  z
    .object({
      shiftId: id,
      version,
      kind: z.enum(PatrolKind, { message: "patrols.errors.kindRequired" }),
      startedAt: dateTime("startedAt"),
      endedAt: dateTime("endedAt"),
      checkpointsPassed: list(plainString().trim().max(100)),
      personsChecked: tally,
      vehiclesChecked: tally,
      guardPersonTimes: tally,
      incidents: optionalText(2000, "patrols.errors.incidentsTooLong"),
      notes: optionalText(2000, "patrols.errors.notesTooLong"),
      hazards: z
        .array(
          hazardDraftSchema.extend({
            enterpriseId: requiredId("patrols.errors.hazardEnterprise"),
          }),
        )
        .optional()
        .default([])
        .superRefine((rows, ctx) => {
          if (rows.length > MAX_PATROL_HAZARDS)
            ctx.addIssue({
              code: "custom",
              message: "patrols.errors.tooManyHazards",
              params: { max: MAX_PATROL_HAZARDS },
            });
        }),
    })
    .refine((log) => log.endedAt > log.startedAt, { message: "patrols.errors.endBeforeStart", path: ["endedAt"] }),
);

export type TeamInput = z.output<typeof createTeamSchema>;
export type UpdateTeamInput = z.output<typeof updateTeamSchema>;
export type GenerateRotaInput = z.output<typeof generateRotaSchema>;
export type HolidaysInput = z.output<typeof holidaysSchema>;
export type PublishRotaInput = z.output<typeof publishRotaSchema>;
export type EditNightInput = z.output<typeof editNightSchema>;
export type UnavailabilityInput = z.output<typeof unavailabilitySchema>;
export type AttachRequestInput = z.output<typeof attachRequestSchema>;
export type LogShiftInput = z.output<typeof logShiftSchema>;
