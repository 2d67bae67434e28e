"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/auth/action";
import { visitActions } from "@/lib/visits/actions-def";

export const logVisit = defineAction({
  ...visitActions.log,
  run: async (user, input) => {
    const { enterpriseId } = await visitActions.log.run(user, input);
    // The cadence list and the enterprise's visits panel both show the new visit.
    revalidatePath("/visits");
    revalidatePath(`/enterprises/${enterpriseId}`);
    redirect("/visits");
  },
});
