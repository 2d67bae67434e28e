"use server";

import { defineAction, type Refresh } from "@/lib/auth/action";
import { accountActions } from "@/lib/users/actions-def";

/** The admin home, the list and every account's page show what these actions change. */
const ACCOUNT_PAGES: Refresh[] = [{ path: "/admin", type: "layout" }];

export const createAccount = defineAction(accountActions.create, { refresh: ACCOUNT_PAGES });
export const updateAccount = defineAction(accountActions.update, { refresh: ACCOUNT_PAGES });
export const setAccountActive = defineAction(accountActions.setActive, { refresh: ACCOUNT_PAGES });
export const issuePasswordLink = defineAction(accountActions.issuePasswordLink, { refresh: ACCOUNT_PAGES });
export const unlockAccount = defineAction(accountActions.unlock, { refresh: ACCOUNT_PAGES });
export const inviteLiaison = defineAction(accountActions.inviteLiaison, {
  refresh: [...ACCOUNT_PAGES, { path: "/enterprises", type: "layout" }],
});
