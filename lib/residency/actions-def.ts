// Server-action definitions of the residency capability: allowed roles, input schema, command.
// app/(portal)/residency/actions.ts wraps each with defineAction; tests run them through executeAction.
import type { z } from "zod";
import type { ActionDefinition } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { bookSlot, cancelBooking } from "./appointments.ts";
import { createBatch, previewBatch } from "./batch.ts";
import { saveRequirement } from "./checklist.ts";
import { CHECKLIST_EDITOR_ROLES, RESIDENCY_FILING_ROLES, RESIDENCY_REVIEW_ROLES } from "./machine.ts";
import {
  applicantSchema,
  askMaterialsSchema,
  batchFileSchema,
  bookSchema,
  cancelBookingSchema,
  editDraftSchema,
  rejectRequestSchema,
  requestRefSchema,
  requirementSchema,
  reviewDocumentSchema,
  scheduleServiceSchema,
  uploadDocumentSchema,
} from "./schemas.ts";

const define = <S extends z.ZodType, T>(def: ActionDefinition<S, T>) => def;
const FILE = RESIDENCY_FILING_ROLES;
const REVIEW = RESIDENCY_REVIEW_ROLES;

export const residencyActions = {
  file: define({ roles: FILE, schema: applicantSchema, run: commands.fileRequest }),
  edit: define({ roles: FILE, schema: editDraftSchema, run: commands.editDraft }),
  upload: define({
    roles: FILE,
    schema: uploadDocumentSchema,
    run: (user, { file, ...input }) => commands.uploadDocument(user, input, file),
  }),
  submit: define({ roles: FILE, schema: requestRefSchema, run: commands.submitRequest }),
  book: define({ roles: FILE, schema: bookSchema, run: bookSlot }),
  cancelBooking: define({ roles: FILE, schema: cancelBookingSchema, run: cancelBooking }),
  previewBatch: define({ roles: FILE, schema: batchFileSchema, run: previewBatch }),
  createBatch: define({ roles: FILE, schema: batchFileSchema, run: createBatch }),
  startReview: define({ roles: REVIEW, schema: requestRefSchema, run: commands.startReview }),
  reviewDocument: define({ roles: REVIEW, schema: reviewDocumentSchema, run: commands.reviewDocument }),
  askMaterials: define({ roles: REVIEW, schema: askMaterialsSchema, run: commands.askMaterials }),
  approve: define({ roles: REVIEW, schema: requestRefSchema, run: commands.approveRequest }),
  complete: define({ roles: REVIEW, schema: requestRefSchema, run: commands.completeRequest }),
  reject: define({ roles: REVIEW, schema: rejectRequestSchema, run: commands.rejectRequest }),
  schedule: define({ roles: REVIEW, schema: scheduleServiceSchema, run: commands.scheduleService }),
  saveRequirement: define({ roles: CHECKLIST_EDITOR_ROLES, schema: requirementSchema, run: saveRequirement }),
};
