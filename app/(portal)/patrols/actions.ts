"use server";

import { redirect } from "next/navigation";
import { defineAction, type Refresh } from "@/lib/auth/action";
import { patrolActions } from "@/lib/patrols/actions-def";

/**
 * Every patrol page shows teams, nights and logs together; an enterprise's page shows its team and
 * nights, and a log's hazards appear on the hazard pages.
 */
const PATROL_PAGES: Refresh[] = [
  { path: "/patrols", type: "layout" },
  { path: "/enterprises", type: "layout" },
];
const WITH_HAZARDS: Refresh[] = [...PATROL_PAGES, { path: "/hazards", type: "layout" }];

export const createTeam = defineAction(
  {
    ...patrolActions.createTeam,
    run: async (user, input) => {
      const { id } = await patrolActions.createTeam.run(user, input);
      redirect(`/patrols/teams/${id}`);
    },
  },
  { refresh: PATROL_PAGES },
);

export const updateTeam = defineAction(patrolActions.updateTeam, { refresh: PATROL_PAGES });
export const setUnavailability = defineAction(patrolActions.setUnavailability, { refresh: PATROL_PAGES });
export const generateRota = defineAction(patrolActions.generateRota, { refresh: PATROL_PAGES });
export const setHolidays = defineAction(patrolActions.setHolidays, { refresh: PATROL_PAGES });
export const editNight = defineAction(patrolActions.editNight, { refresh: PATROL_PAGES });
export const publishRota = defineAction(patrolActions.publishRota, { refresh: PATROL_PAGES });
export const logShift = defineAction(patrolActions.logShift, { refresh: WITH_HAZARDS });
export const attachRequest = defineAction(patrolActions.attachRequest, {
  refresh: [...PATROL_PAGES, { path: "/tickets", type: "layout" }],
});
