"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import type { ActionDefinition } from "@/lib/auth/action-core";
import { assignmentActions } from "@/lib/assignments/actions-def";

/** Refreshes every page whose scope follows the responsible officer, also on failure: a conflict must show the new state. */
function withRefresh<S extends z.ZodType, T>(def: ActionDefinition<S, T>) {
  return defineAction({
    ...def,
    run: async (user, input) => {
      try {
        return await def.run(user, input);
      } finally {
        revalidatePath("/assignments");
        revalidatePath("/enterprises", "layout");
        revalidatePath("/tickets", "layout");
      }
    },
  });
}

export const reassignOfficer = withRefresh(assignmentActions.reassign);
export const handOverEnterprises = withRefresh(assignmentActions.handOver);
export const setSupportingDepartments = withRefresh(assignmentActions.setSupports);
