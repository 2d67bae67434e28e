"use server";

import { redirect } from "next/navigation";
import { defineAccountAction } from "@/lib/account/action";
import { ownAccountActions } from "@/lib/account/actions-def";
import { setLocaleCookie } from "@/lib/account/locale-cookie";
import { clearSessionCookie, refreshSessionCookie } from "@/lib/account/session-cookie";

export const changePassword = defineAccountAction(ownAccountActions.changePassword, {
  afterSuccess: refreshSessionCookie,
});

export const setPreferredLocale = defineAccountAction(ownAccountActions.setPreferredLocale, {
  refresh: [{ path: "/", type: "layout" }],
  afterSuccess: (_userId, { locale }) => setLocaleCookie(locale),
});

export const signOutEverywhere = defineAccountAction(ownAccountActions.signOutEverywhere, {
  afterSuccess: async () => {
    await clearSessionCookie();
    redirect("/login");
  },
});

export const signOutApp = defineAccountAction(ownAccountActions.signOutApp, { refresh: ["/account"] });

export const signOutAllApps = defineAccountAction(ownAccountActions.signOutAllApps, { refresh: ["/account"] });

export const startTwoFactor = defineAccountAction(ownAccountActions.startTwoFactor, {
  refresh: ["/account", "/account/two-factor"],
});

// Not refreshed: the page would re-render without the recovery codes the form is about to show.
export const confirmTwoFactor = defineAccountAction(ownAccountActions.confirmTwoFactor, {
  afterSuccess: (userId) => refreshSessionCookie(userId),
});

export const disableTwoFactor = defineAccountAction(ownAccountActions.disableTwoFactor, {
  refresh: ["/account", "/account/two-factor"],
});
