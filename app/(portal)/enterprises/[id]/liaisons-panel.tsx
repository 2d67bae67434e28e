import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { canManageAccounts } from "@/lib/users/policy";
import { liaisonsOf } from "@/lib/users/queries";
import { Section } from "@/components/ui/section";
import { InviteLiaisonForm } from "./invite-liaison-form";

/**
 * The enterprise's liaison accounts, and the form that creates one with its invitation: right after
 * registering an enterprise this is where its first liaison gets access. Administrators only.
 */
export async function LiaisonsPanel({ user, enterpriseId }: { user: SessionUser; enterpriseId: string }) {
  if (!canManageAccounts(user)) return null;
  const [t, liaisons] = await Promise.all([getTranslations("users"), liaisonsOf(user, enterpriseId)]);
  return (
    <Section title={t("liaisonsTitle")} id="liaisons">
      {liaisons.length ? (
        <ul className="mb-4 space-y-1 text-sm">
          {liaisons.map((l) => (
            <li key={l.id}>
              <Link href={`/admin/accounts/${l.id}`} className="font-mono text-brand-600 hover:underline">
                {l.username}
              </Link>{" "}
              {l.name}
              {l.active ? null : <span className="ml-2 text-red-700">{t("statusDisabled")}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t("liaisonsNone")}</p>
      )}
      <InviteLiaisonForm enterpriseId={enterpriseId} />
    </Section>
  );
}
