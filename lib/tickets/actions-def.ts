// Server-action definitions of the ticket capability: allowed roles, input schema, command.
// app/(portal)/tickets/actions.ts wraps each with defineAction; tests run them through executeAction.
import type { z } from "zod";
import type { ActionDefinition } from "../auth/action-core.ts";
import { attachmentFilesSchema } from "../attachments/schema.ts";
import * as commands from "./commands/index.ts";
import { ENTERPRISE_ROLES, WORKER_ROLES } from "./policy.ts";
import {
  commentSchema,
  confirmSchema,
  createTicketSchema,
  escalateSchema,
  rejectSchema,
  reopenSchema,
  requestHelpSchema,
  resolveSchema,
  ticketRefSchema,
  transferSchema,
} from "./schemas.ts";

const define = <S extends z.ZodType, T>(def: ActionDefinition<S, T>) => def;

export const fileTicketSchema = createTicketSchema.extend({ attachments: attachmentFilesSchema });

export const ticketActions = {
  create: define({
    roles: ENTERPRISE_ROLES,
    schema: fileTicketSchema,
    run: (user, { attachments, ...input }) => commands.createTicket(user, input, attachments),
  }),
  accept: define({ roles: WORKER_ROLES, schema: ticketRefSchema, run: commands.acceptTicket }),
  start: define({ roles: WORKER_ROLES, schema: ticketRefSchema, run: commands.startTicket }),
  resolve: define({ roles: WORKER_ROLES, schema: resolveSchema, run: commands.resolveTicket }),
  reject: define({ roles: WORKER_ROLES, schema: rejectSchema, run: commands.rejectTicket }),
  withdraw: define({ roles: ENTERPRISE_ROLES, schema: ticketRefSchema, run: commands.withdrawTicket }),
  confirm: define({ roles: ENTERPRISE_ROLES, schema: confirmSchema, run: commands.confirmTicket }),
  reopen: define({ roles: ENTERPRISE_ROLES, schema: reopenSchema, run: commands.reopenTicket }),
  escalate: define({
    roles: ENTERPRISE_ROLES,
    schema: escalateSchema,
    run: (user, input) => commands.escalateTicket(user, input),
  }),
  comment: define({
    roles: [...WORKER_ROLES, ...ENTERPRISE_ROLES],
    schema: commentSchema,
    run: (user, input) => commands.addComment(user, input, false),
  }),
  note: define({
    roles: WORKER_ROLES,
    schema: commentSchema,
    run: (user, input) => commands.addComment(user, input, true),
  }),
  requestHelp: define({ roles: WORKER_ROLES, schema: requestHelpSchema, run: commands.requestHelp }),
  transfer: define({ roles: WORKER_ROLES, schema: transferSchema, run: commands.transferTicket }),
};

export type TicketActionName = keyof typeof ticketActions;
