// Server-action definitions of account administration: policy question, input schema, command.
// app/(portal)/admin/accounts/actions.ts wraps each with defineAction; tests run them through executeAction.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { canManageAccounts } from "./policy.ts";
import {
  accountFieldsSchema,
  accountIdSchema,
  inviteLiaisonSchema,
  setAccountActiveSchema,
  updateAccountSchema,
} from "./schemas.ts";

export const userActions = {
  create: define({ allow: canManageAccounts, schema: accountFieldsSchema, run: commands.createAccount }),
  update: define({ allow: canManageAccounts, schema: updateAccountSchema, run: commands.updateAccount }),
  setActive: define({ allow: canManageAccounts, schema: setAccountActiveSchema, run: commands.setAccountActive }),
  issuePasswordLink: define({ allow: canManageAccounts, schema: accountIdSchema, run: commands.issuePasswordLink }),
  unlock: define({ allow: canManageAccounts, schema: accountIdSchema, run: commands.unlockAccount }),
  resetTwoFactor: define({ allow: canManageAccounts, schema: accountIdSchema, run: commands.resetTwoFactor }),
  signOutAllApps: define({ allow: canManageAccounts, schema: accountIdSchema, run: commands.signOutAllApps }),
  inviteLiaison: define({ allow: canManageAccounts, schema: inviteLiaisonSchema, run: commands.inviteLiaison }),
};
