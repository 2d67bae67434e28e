import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { canListHazards, canSeeHazards } from "@/lib/hazards/policy";
import { listHazards } from "@/lib/hazards/queries";
import { clock } from "@/lib/time/clock";
import { HazardTable } from "@/components/hazards/hazard-table";
import { Section } from "@/components/ui/section";

/** The enterprise's hazards not yet closed out, overdue first; admins see no hazards, so no panel. */
export async function HazardsPanel({ user, enterpriseId }: { user: SessionUser; enterpriseId: string }) {
  if (!canSeeHazards(user)) return null;
  const now = clock.now();
  const [t, list] = await Promise.all([
    getTranslations("hazards"),
    listHazards(user, { enterpriseId, open: true, pageSize: 5, now }),
  ]);
  return (
    <Section title={t("panelTitle", { count: list.total })} id="hazards">
      <HazardTable rows={list.rows} now={now} showEnterprise={false} empty={t("panelNone")} />
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <Link href={`/hazards?enterprise=${enterpriseId}`} className="text-brand-600 hover:underline">
          {t("panelAll")}
        </Link>
        {canListHazards(user) ? (
          <Link href={`/hazards/new?enterprise=${enterpriseId}`} className="text-brand-600 hover:underline">
            {t("new")}
          </Link>
        ) : null}
      </p>
    </Section>
  );
}
