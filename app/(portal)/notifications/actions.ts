"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { markAllReadDefinition, markReadDefinition } from "@/lib/notifications/actions-def";

/** Re-renders the list and, through the layout, the header's unread count. */
function refreshViews() {
  revalidatePath("/notifications");
  revalidatePath("/", "layout");
}

export const markReadAction = defineAction({
  ...markReadDefinition,
  run: async (user, input) => {
    const result = await markReadDefinition.run(user, input);
    refreshViews();
    return result;
  },
});

export const markAllReadAction = defineAction({
  ...markAllReadDefinition,
  run: async (user, input) => {
    const result = await markAllReadDefinition.run(user, input);
    refreshViews();
    return result;
  },
});
