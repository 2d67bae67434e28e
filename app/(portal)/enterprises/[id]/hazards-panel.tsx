import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { HAZARD_POLICE_ROLES } from "@/lib/hazards/machine";
import { listHazards } from "@/lib/hazards/queries";
import { HazardTable } from "@/components/hazards/hazard-table";
import { EmptyState, Section } from "@/components/ui/section";

/** The enterprise's hazards not yet closed out, overdue first; admins see no hazards, so no panel. */
export async function HazardsPanel({ user, enterpriseId }: { user: SessionUser; enterpriseId: string }) {
  if (user.role === "ADMIN") return null;
  const now = new Date();
  const [t, list] = await Promise.all([
    getTranslations("hazards"),
    listHazards(user, { enterpriseId, open: true, pageSize: 5, now }),
  ]);
  return (
    <Section title={t("panelTitle", { count: list.total })} id="hazards">
      {list.total === 0 ? (
        <EmptyState>{t("panelNone")}</EmptyState>
      ) : (
        <HazardTable rows={list.rows} now={now} showEnterprise={false} />
      )}
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <Link href={`/hazards?enterprise=${enterpriseId}`} className="text-brand-600 hover:underline">
          {t("panelAll")}
        </Link>
        {HAZARD_POLICE_ROLES.includes(user.role) ? (
          <Link href={`/hazards/new?enterprise=${enterpriseId}`} className="text-brand-600 hover:underline">
            {t("new")}
          </Link>
        ) : null}
      </p>
    </Section>
  );
}
