"use server";

import { redirect } from "next/navigation";
import { defineAction, type Refresh } from "@/lib/auth/action";
import { residencyActions as a } from "@/lib/residency/actions-def";

/** The list and every request page show a request's state; the homes show counts and appointments. */
const RESIDENCY_PAGES: Refresh[] = [{ path: "/residency", type: "layout" }, "/officer", "/liaison"];

export const fileRequest = defineAction(
  {
    ...a.file,
    run: async (user, input) => {
      const { id } = await a.file.run(user, input);
      redirect(`/residency/${id}`);
    },
  },
  { refresh: RESIDENCY_PAGES },
);

export const editDraft = defineAction(a.edit, { refresh: RESIDENCY_PAGES });
export const uploadDocument = defineAction(a.upload, { refresh: RESIDENCY_PAGES });
export const submitRequest = defineAction(a.submit, { refresh: RESIDENCY_PAGES });
export const bookSlot = defineAction(a.book, { refresh: RESIDENCY_PAGES });
export const cancelBooking = defineAction(a.cancelBooking, { refresh: RESIDENCY_PAGES });
export const previewBatch = defineAction(a.previewBatch);
export const createBatch = defineAction(a.createBatch, { refresh: RESIDENCY_PAGES });
export const startReview = defineAction(a.startReview, { refresh: RESIDENCY_PAGES });
export const reviewDocument = defineAction(a.reviewDocument, { refresh: RESIDENCY_PAGES });
export const askMaterials = defineAction(a.askMaterials, { refresh: RESIDENCY_PAGES });
export const approveRequest = defineAction(a.approve, { refresh: RESIDENCY_PAGES });
export const completeRequest = defineAction(a.complete, { refresh: RESIDENCY_PAGES });
export const rejectRequest = defineAction(a.reject, { refresh: RESIDENCY_PAGES });
export const scheduleService = defineAction(a.schedule, { refresh: RESIDENCY_PAGES });
export const openSlots = defineAction(a.openSlots, { refresh: RESIDENCY_PAGES });
export const closeDay = defineAction(a.closeDay, { refresh: RESIDENCY_PAGES });
