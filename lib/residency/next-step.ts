// What the enterprise has to do next on a request, by its status: the words live in the messages
// (residency.next.*); this only decides which sentences and which documents they name.
import type { DocumentStatus, ResidencyStatus, ServiceMode } from "../db/generated/enums.ts";
import { missingItems } from "./machine.ts";

type Item<L> = { status: DocumentStatus; required: boolean; label: L };

/** The sentences to show, as keys under residency.next, and the documents they name. */
export type NextStep<L> = { keys: string[]; items: L[] };

const WINDOW: readonly ServiceMode[] = ["WINDOW", "APPOINTMENT"];

export function nextStep<L>(request: {
  status: ResidencyStatus;
  serviceMode: ServiceMode;
  documents: readonly Item<L>[];
  hasAppointment: boolean;
}): NextStep<L> {
  const window = WINDOW.includes(request.serviceMode);
  // A window appointment may be booked at any time before the request is finished.
  const bookEarly = window && !request.hasAppointment ? ["bookEarly"] : [];
  // What keeps the request from going (back) to the police: required items without a file and
  // anything the police sent back.
  const missing = missingItems(request.documents.map((d) => ({ ...d, code: "" }))).map((d) => d.label);
  switch (request.status) {
    case "DRAFT":
      return { keys: ["DRAFT", missing.length ? "draftMissing" : "draftReady", ...bookEarly], items: missing };
    case "NEEDS_MATERIALS":
      return { keys: [missing.length ? "NEEDS_MATERIALS" : "NEEDS_MATERIALS_NONE"], items: missing };
    case "SUBMITTED":
    case "UNDER_REVIEW":
      return { keys: [request.status, ...bookEarly], items: [] };
    case "APPROVED": {
      const key = window
        ? request.hasAppointment
          ? "approvedBooked"
          : "approvedBook"
        : request.serviceMode === "ONLINE"
          ? "approvedOnline"
          : "approvedService";
      return { keys: [key], items: [] };
    }
    case "COMPLETED":
    case "REJECTED":
      return { keys: [request.status], items: [] };
  }
}
