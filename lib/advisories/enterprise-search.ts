import "server-only";
import type { SessionUser } from "../auth/session-user.ts";
import { assertAllowed } from "../auth/question.ts";
import { searchEnterprisesIn, type EnterpriseMatches } from "../enterprises/search.ts";
import { addressableEnterprises, canSendAdvisories } from "./policy.ts";

/** The enterprises a sender may address that match `q`: the scope sending checks, so nothing offered is refused there. */
export async function searchAddressableEnterprises(user: SessionUser, q: string): Promise<EnterpriseMatches> {
  assertAllowed(user, canSendAdvisories);
  return searchEnterprisesIn(addressableEnterprises(user), q);
}
