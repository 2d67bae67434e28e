// Server-action definitions of the ticket capability: policy question, input schema, command.
// app/(portal)/tickets/actions.ts wraps each with defineAction; tests run them through executeAction.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import { attachmentFilesSchema } from "../attachments/schema.ts";
import * as commands from "./commands/index.ts";
import { canCommentOnTickets, canFileTickets, canFollowUpTickets, canWorkTickets } from "./policy.ts";
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

export const fileTicketSchema = createTicketSchema.extend({ attachments: attachmentFilesSchema });

export const ticketActions = {
  create: define({
    allow: canFileTickets,
    schema: fileTicketSchema,
    run: (user, { attachments, ...input }) => commands.createTicket(user, input, attachments),
  }),
  accept: define({ allow: canWorkTickets, schema: ticketRefSchema, run: commands.acceptTicket }),
  start: define({ allow: canWorkTickets, schema: ticketRefSchema, run: commands.startTicket }),
  resolve: define({ allow: canWorkTickets, schema: resolveSchema, run: commands.resolveTicket }),
  reject: define({ allow: canWorkTickets, schema: rejectSchema, run: commands.rejectTicket }),
  withdraw: define({ allow: canFollowUpTickets, schema: ticketRefSchema, run: commands.withdrawTicket }),
  confirm: define({ allow: canFollowUpTickets, schema: confirmSchema, run: commands.confirmTicket }),
  reopen: define({ allow: canFollowUpTickets, schema: reopenSchema, run: commands.reopenTicket }),
  escalate: define({
    allow: canFollowUpTickets,
    schema: escalateSchema,
    run: (user, input) => commands.escalateTicket(user, input),
  }),
  comment: define({
    allow: canCommentOnTickets,
    schema: commentSchema,
    run: (user, input) => commands.addComment(user, input, false),
  }),
  note: define({
    allow: canWorkTickets,
    schema: commentSchema,
    run: (user, input) => commands.addComment(user, input, true),
  }),
  requestHelp: define({ allow: canWorkTickets, schema: requestHelpSchema, run: commands.requestHelp }),
  transfer: define({ allow: canWorkTickets, schema: transferSchema, run: commands.transferTicket }),
};

export type TicketActionName = keyof typeof ticketActions;
