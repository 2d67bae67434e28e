import { z } from "zod";
import { idField as id, requiredText as text, versionField as version } from "../forms/fields.ts";
import { Priority, TicketCategory } from "../db/generated/enums.ts";

export const createTicketSchema = z.object({
  category: z.enum(TicketCategory, { message: "tickets.errors.categoryRequired" }),
  priority: z.enum(Priority, { message: "tickets.errors.priorityRequired" }),
  title: text(2, 100, "tickets.errors.title"),
  description: text(5, 4000, "tickets.errors.description"),
  location: z.string().trim().max(200, "tickets.errors.locationTooLong").optional().default(""),
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
  comment: z.string().trim().max(1000, "tickets.errors.commentTooLong").optional().default(""),
});

export const commentSchema = z.object({ ticketId: id, body: text(1, 4000, "tickets.errors.comment") });

export const requestHelpSchema = z.object({
  ticketId: id,
  departmentId: id,
  note: z.string().trim().max(1000, "tickets.errors.noteTooLong").optional().default(""),
});

export const transferSchema = ticketRefSchema.extend({ officerId: id, reason: text(2, 1000, "tickets.errors.reason") });

export type CreateTicketInput = z.output<typeof createTicketSchema>;
