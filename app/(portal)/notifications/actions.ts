"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { notificationActions } from "@/lib/notifications/actions-def";

/** Re-renders the list and, through the layout, the header's unread count. */
function refreshViews() {
  revalidatePath("/notifications");
  revalidatePath("/", "layout");
}

export const markReadAction = defineAction({
  ...notificationActions.markRead,
  run: async (user, input) => {
    const result = await notificationActions.markRead.run(user, input);
    refreshViews();
    return result;
  },
});

export const markAllReadAction = defineAction({
  ...notificationActions.markAllRead,
  run: async (user, input) => {
    const result = await notificationActions.markAllRead.run(user, input);
    refreshViews();
    return result;
  },
});
