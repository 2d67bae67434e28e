import { z } from "zod";
import { idField as id } from "../forms/fields.ts";

/** One page of the list is the most a user can select, so a larger batch is a forged request. */
export const MAX_IDS = 100;

/** A form posts one `ids` field as a string and several as an array; both mean a list. */
const idList = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(id).min(1, "notifications.errors.noneSelected").max(MAX_IDS),
);

export const markReadSchema = z.object({ ids: idList });
export type MarkReadInput = z.output<typeof markReadSchema>;

export const markAllReadSchema = z.object({
  /**
   * When the page was shown: only what arrived before is marked, so a notification that comes in
   * between rendering and clicking is not marked read unseen.
   */
  before: z.coerce.date().optional(),
});
export type MarkAllReadInput = z.output<typeof markAllReadSchema>;

/** The list's query string (`?page=2&unread=1`); anything malformed falls back to the default. */
export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  unread: z
    .unknown()
    .transform((value) => (Array.isArray(value) ? value[0] : value) === "1")
    .catch(false),
});
export type ListQuery = z.output<typeof listQuerySchema>;
