"use server";

import { revalidatePath } from "next/cache";
import { defineAction, type ActionResult } from "@/lib/auth/action";
import { slaActions } from "@/lib/sla/actions-def";

const updateSlaTable = defineAction(slaActions.updateTable);

export async function updateSlaTableAction(previous: ActionResult<{ changed: number }> | null, input: FormData) {
  const result = await updateSlaTable(previous, input);
  // Also after a refusal: on a conflict the page must show what the other editor saved.
  revalidatePath("/settings/sla");
  return result;
}
