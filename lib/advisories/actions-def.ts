// Server-action definitions of the advisory capability: policy question, input schema, command.
// app/(portal)/advisories/actions.ts wraps each with defineAction; tests run them through executeAction.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { searchAddressableEnterprises } from "./enterprise-search.ts";
import { canAcknowledgeAdvisories, canFollowUpAdvisories, canSendAdvisories } from "./policy.ts";
import { advisoryRefSchema, sendAdvisorySchema } from "./schemas.ts";
import { enterpriseSearchSchema } from "../enterprises/search.ts";

export const advisoryActions = {
  send: define({ allow: canSendAdvisories, schema: sendAdvisorySchema, run: commands.sendAdvisory }),
  acknowledge: define({
    allow: canAcknowledgeAdvisories,
    schema: advisoryRefSchema,
    run: commands.acknowledgeAdvisory,
  }),
  remind: define({ allow: canFollowUpAdvisories, schema: advisoryRefSchema, run: commands.remindAdvisory }),
  /** Reads only: the send form's enterprise picker asks as the sender types. */
  searchEnterprises: define({
    allow: canSendAdvisories,
    schema: enterpriseSearchSchema,
    run: (user, { q }) => searchAddressableEnterprises(user, q),
    readsOnly: true,
  }),
};
