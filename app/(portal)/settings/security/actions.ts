"use server";

import { defineAction } from "@/lib/auth/action";
import { ownAccountActions } from "@/lib/account/actions-def";

export const setTwoFactorRequirement = defineAction(ownAccountActions.setTwoFactorRequirement, {
  refresh: ["/settings/security"],
});
