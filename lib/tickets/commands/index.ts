export { createTicket } from "./create.ts";
export {
  acceptTicket,
  confirmTicket,
  rejectTicket,
  reopenTicket,
  resolveTicket,
  startTicket,
  withdrawTicket,
  LOW_RATING,
} from "./transitions.ts";
export { addComment } from "./discussion.ts";
export { escalateTicket, requestHelp, transferTicket } from "./routing.ts";
