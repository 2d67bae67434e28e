"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/auth/action";
import { hazardActions } from "@/lib/hazards/actions-def";

/** The list, the hazard's page and its enterprise's page all show the hazard's state. */
function refresh<R extends { id: string; enterpriseId: string }>(result: R): R {
  revalidatePath("/hazards");
  revalidatePath(`/hazards/${result.id}`);
  revalidatePath(`/enterprises/${result.enterpriseId}`);
  return result;
}

export const listHazard = defineAction({
  ...hazardActions.list,
  run: async (user, input) => {
    const { id } = refresh(await hazardActions.list.run(user, input));
    redirect(`/hazards/${id}`);
  },
});

export const startRectifying = defineAction({
  ...hazardActions.start,
  run: async (user, input) => refresh(await hazardActions.start.run(user, input)),
});

export const reportRectification = defineAction({
  ...hazardActions.report,
  run: async (user, input) => refresh(await hazardActions.report.run(user, input)),
});

export const closeHazard = defineAction({
  ...hazardActions.close,
  run: async (user, input) => refresh(await hazardActions.close.run(user, input)),
});

export const sendBackHazard = defineAction({
  ...hazardActions.sendBack,
  run: async (user, input) => refresh(await hazardActions.sendBack.run(user, input)),
});
