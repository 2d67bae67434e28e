"use server";

import { redirect } from "next/navigation";
import { defineAction, type Refresh } from "@/lib/auth/action";
import { hazardActions } from "@/lib/hazards/actions-def";

/** The lists, the hazard's page and its enterprise's page all show the hazard's state. */
const HAZARD_PAGES: Refresh[] = [
  { path: "/hazards", type: "layout" },
  { path: "/enterprises", type: "layout" },
];

export const listHazard = defineAction(
  {
    ...hazardActions.list,
    run: async (user, input) => {
      const { id } = await hazardActions.list.run(user, input);
      redirect(`/hazards/${id}`);
    },
  },
  { refresh: HAZARD_PAGES },
);

export const startRectifying = defineAction(hazardActions.start, { refresh: HAZARD_PAGES });
export const reportRectification = defineAction(hazardActions.report, { refresh: HAZARD_PAGES });
export const closeHazard = defineAction(hazardActions.close, { refresh: HAZARD_PAGES });
export const sendBackHazard = defineAction(hazardActions.sendBack, { refresh: HAZARD_PAGES });
