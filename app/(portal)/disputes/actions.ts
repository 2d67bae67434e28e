"use server";

import { redirect } from "next/navigation";
import { defineAction, type Refresh } from "@/lib/auth/action";
import { disputeActions } from "@/lib/disputes/actions-def";

/** The lists, the dispute's page and its enterprise's page all show the dispute's state. */
const DISPUTE_PAGES: Refresh[] = [
  { path: "/disputes", type: "layout" },
  { path: "/enterprises", type: "layout" },
];

export const recordDispute = defineAction(
  {
    ...disputeActions.record,
    run: async (user, input) => {
      const { id } = await disputeActions.record.run(user, input);
      redirect(`/disputes/${id}`);
    },
  },
  { refresh: DISPUTE_PAGES },
);

export const logSession = defineAction(disputeActions.logSession, { refresh: DISPUTE_PAGES });
export const setRisk = defineAction(disputeActions.setRisk, { refresh: DISPUTE_PAGES });
export const resolveDispute = defineAction(disputeActions.resolve, { refresh: DISPUTE_PAGES });
export const referDispute = defineAction(disputeActions.refer, { refresh: DISPUTE_PAGES });
