"use server";

import { redirect } from "next/navigation";
import { defineAccountAction } from "@/lib/account/action";
import { accountActions } from "@/lib/account/actions-def";
import { setLocaleCookie } from "@/lib/account/locale-cookie";
import { clearSessionCookie, refreshSessionCookie } from "@/lib/account/session-cookie";

export const changePassword = defineAccountAction(accountActions.changePassword, {
  afterSuccess: refreshSessionCookie,
});

export const setPreferredLocale = defineAccountAction(accountActions.setPreferredLocale, {
  refresh: [{ path: "/", type: "layout" }],
  afterSuccess: (_userId, { locale }) => setLocaleCookie(locale),
});

export const signOutEverywhere = defineAccountAction(accountActions.signOutEverywhere, {
  afterSuccess: async () => {
    await clearSessionCookie();
    redirect("/login");
  },
});

export const startTwoFactor = defineAccountAction(accountActions.startTwoFactor, {
  refresh: ["/account", "/account/two-factor"],
});

// Not refreshed: the page would re-render without the recovery codes the form is about to show.
export const confirmTwoFactor = defineAccountAction(accountActions.confirmTwoFactor, {
  afterSuccess: (userId) => refreshSessionCookie(userId),
});

export const disableTwoFactor = defineAccountAction(accountActions.disableTwoFactor, {
  refresh: ["/account", "/account/two-factor"],
});
