import { z } from "zod";
import { idField as id, optionalText, requiredText as text, versionField as version } from "../forms/fields.ts";
import { Priority, TicketCategory } from "../db/generated/enums.ts";

export const createTicketSchema = z.object({
  category: z.enum(TicketCategory, { message: "tickets.errors.categoryRequired" }),
  priority: z.enum(Priority, { message: "tickets.errors.priorityRequired" }),
  title: text(2, 100, "tickets.errors.title"),
  description: text(5, 4000, "tickets.errors.description"),
  location: optionalText(200, "tickets.errors.locationTooLong"),
});

export const ticketRefSchema = z.object({ ticketId: id, version });

export const resolveSchema = ticketRefSchema.extend({ summary: text(2, 4000, "tickets.errors.summary") });
export const rejectSchema = ticketRefSchema.extend({ reason: text(2, 1000, "tickets.errors.reason") });
export const reopenSchema = rejectSchema;
export const escalateSchema = rejectSchema;

export const confirmSchema = ticketRefSchema.extend({
  rating: z.coerce
    .number({ message: "tickets.errors.rating" })
    .int("tickets.errors.rating")
    .min(1, "tickets.errors.rating")
    .max(5, "tickets.errors.rating"),
  comment: optionalText(1000, "tickets.errors.commentTooLong"),
});

export const commentSchema = z.object({ ticketId: id, body: text(1, 4000, "tickets.errors.comment") });

export const requestHelpSchema = z.object({
  ticketId: id,
  departmentId: id,
  note: optionalText(1000, "tickets.errors.noteTooLong"),
});

export const transferSchema = ticketRefSchema.extend({ officerId: id, reason: text(2, 1000, "tickets.errors.reason") });

export type CreateTicketInput = z.output<typeof createTicketSchema>;
