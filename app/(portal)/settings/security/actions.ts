"use server";

import { defineAction } from "@/lib/auth/action";
import { accountActions } from "@/lib/account/actions-def";

export const setTwoFactorRequirement = defineAction(accountActions.setTwoFactorRequirement, {
  refresh: ["/settings/security"],
});
