// The own-account actions, outside the "use server" modules so that tests can run them through
// executeAction with a context of their own.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import {
  changePassword,
  confirmTwoFactor,
  disableTwoFactor,
  setPreferredLocale,
  setTwoFactorRequirement,
  signOutAllApps,
  signOutApp,
  signOutEverywhere,
  startTwoFactor,
} from "./commands.ts";
import { canRequireTwoFactor, canUseOwnAccount } from "./policy.ts";
import {
  apiSessionIdSchema,
  changePasswordSchema,
  disableTwoFactorSchema,
  noInputSchema,
  preferredLocaleSchema,
  totpCodeSchema,
  twoFactorRequirementSchema,
} from "./schemas.ts";

export const ownAccountActions = {
  changePassword: define({ allow: canUseOwnAccount, schema: changePasswordSchema, run: changePassword }),
  setPreferredLocale: define({ allow: canUseOwnAccount, schema: preferredLocaleSchema, run: setPreferredLocale }),
  signOutEverywhere: define({ allow: canUseOwnAccount, schema: noInputSchema, run: signOutEverywhere }),
  signOutApp: define({ allow: canUseOwnAccount, schema: apiSessionIdSchema, run: signOutApp }),
  signOutAllApps: define({ allow: canUseOwnAccount, schema: noInputSchema, run: signOutAllApps }),
  startTwoFactor: define({ allow: canUseOwnAccount, schema: noInputSchema, run: startTwoFactor }),
  confirmTwoFactor: define({ allow: canUseOwnAccount, schema: totpCodeSchema, run: confirmTwoFactor }),
  disableTwoFactor: define({ allow: canUseOwnAccount, schema: disableTwoFactorSchema, run: disableTwoFactor }),
  setTwoFactorRequirement: define({
    allow: canRequireTwoFactor,
    schema: twoFactorRequirementSchema,
    run: setTwoFactorRequirement,
  }),
};
