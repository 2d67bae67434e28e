"use server";

import { defineAction, type Refresh } from "@/lib/auth/action";
import { userActions } from "@/lib/users/actions-def";

/** The admin home, the list and every account's page show what these actions change. */
const ACCOUNT_PAGES: Refresh[] = [{ path: "/admin", type: "layout" }];

export const createAccount = defineAction(userActions.create, { refresh: ACCOUNT_PAGES });
export const updateAccount = defineAction(userActions.update, { refresh: ACCOUNT_PAGES });
export const setAccountActive = defineAction(userActions.setActive, { refresh: ACCOUNT_PAGES });
export const issuePasswordLink = defineAction(userActions.issuePasswordLink, { refresh: ACCOUNT_PAGES });
export const unlockAccount = defineAction(userActions.unlock, { refresh: ACCOUNT_PAGES });
export const resetTwoFactor = defineAction(userActions.resetTwoFactor, { refresh: ACCOUNT_PAGES });
export const signOutAllApps = defineAction(userActions.signOutAllApps, { refresh: ACCOUNT_PAGES });
export const inviteLiaison = defineAction(userActions.inviteLiaison, {
  refresh: [...ACCOUNT_PAGES, { path: "/enterprises", type: "layout" }],
});
