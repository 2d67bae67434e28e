"use server";

import { redirect } from "next/navigation";
import { defineAction, type Refresh } from "@/lib/auth/action";
import { advisoryActions } from "@/lib/advisories/actions-def";

/** The lists, the advisory's page and the liaison's home all show its rates or state. */
const ADVISORY_PAGES: Refresh[] = [{ path: "/advisories", type: "layout" }, "/liaison"];

export const sendAdvisory = defineAction(
  {
    ...advisoryActions.send,
    run: async (user, input) => {
      const { id } = await advisoryActions.send.run(user, input);
      redirect(`/advisories/${id}`);
    },
  },
  { refresh: ADVISORY_PAGES },
);

export const acknowledgeAdvisory = defineAction(advisoryActions.acknowledge, { refresh: ADVISORY_PAGES });
export const remindAdvisory = defineAction(advisoryActions.remind, { refresh: ADVISORY_PAGES });
// Changes nothing, so no page needs refreshing.
export const searchEnterprises = defineAction(advisoryActions.searchEnterprises);
