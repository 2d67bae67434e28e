import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { ROLE_ORDER } from "@/lib/users/roles";
import { accountFormOptions } from "@/lib/users/queries";
import { localized } from "@/components/ui/localized";
import type { AccountChoices } from "./account-form";

/** The form's choices in the reader's language. */
export async function accountChoices(
  user: SessionUser,
  locale: string,
  roleLabel: (role: string) => string,
): Promise<AccountChoices> {
  const o = await accountFormOptions(user);
  const option = (u: { id: string; name: string; nameEn: string }) => ({
    value: u.id,
    label: localized(locale, u.name, u.nameEn),
  });
  return {
    roles: ROLE_ORDER.map((role) => ({ value: role, label: roleLabel(role) })),
    stations: o.stations.map(option),
    workstations: o.workstations.map((w) => ({ ...option(w), stationId: w.stationId })),
    departments: o.departments.map(option),
    enterprises: o.enterprises.map(option),
  };
}
