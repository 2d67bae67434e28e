// Server-action definitions of the residency capability: policy question, input schema, command.
// app/(portal)/residency/actions.ts wraps each with defineAction; tests run them through executeAction.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { bookSlot, cancelBooking } from "./appointments.ts";
import { createBatch, previewBatch } from "./batch.ts";
import { saveRequirement } from "./checklist.ts";
import { closeDay, openSlots } from "./slots.ts";
import { closeDaySchema, openSlotsSchema } from "./slot-schemas.ts";
import { canEditChecklists, canFileResidency, canManageSlots, canReviewResidency } from "./policy.ts";
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
  uploadDocumentsSchema,
} from "./schemas.ts";

export const residencyActions = {
  file: define({ allow: canFileResidency, schema: applicantSchema, run: commands.fileRequest }),
  edit: define({ allow: canFileResidency, schema: editDraftSchema, run: commands.editDraft }),
  upload: define({
    allow: canFileResidency,
    schema: uploadDocumentsSchema,
    run: (user, { uploads, ...ref }) => commands.uploadDocuments(user, ref, uploads),
  }),
  submit: define({ allow: canFileResidency, schema: requestRefSchema, run: commands.submitRequest }),
  book: define({ allow: canFileResidency, schema: bookSchema, run: bookSlot }),
  cancelBooking: define({ allow: canFileResidency, schema: cancelBookingSchema, run: cancelBooking }),
  previewBatch: define({ allow: canFileResidency, schema: batchFileSchema, run: previewBatch }),
  createBatch: define({ allow: canFileResidency, schema: batchFileSchema, run: createBatch }),
  startReview: define({ allow: canReviewResidency, schema: requestRefSchema, run: commands.startReview }),
  reviewDocument: define({ allow: canReviewResidency, schema: reviewDocumentSchema, run: commands.reviewDocument }),
  askMaterials: define({ allow: canReviewResidency, schema: askMaterialsSchema, run: commands.askMaterials }),
  approve: define({ allow: canReviewResidency, schema: requestRefSchema, run: commands.approveRequest }),
  complete: define({ allow: canReviewResidency, schema: requestRefSchema, run: commands.completeRequest }),
  reject: define({ allow: canReviewResidency, schema: rejectRequestSchema, run: commands.rejectRequest }),
  schedule: define({ allow: canReviewResidency, schema: scheduleServiceSchema, run: commands.scheduleService }),
  openSlots: define({ allow: canManageSlots, schema: openSlotsSchema, run: openSlots }),
  closeDay: define({ allow: canManageSlots, schema: closeDaySchema, run: closeDay }),
  saveRequirement: define({ allow: canEditChecklists, schema: requirementSchema, run: saveRequirement }),
};
