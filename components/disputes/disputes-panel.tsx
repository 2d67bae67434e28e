import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { canSeeDisputes } from "@/lib/disputes/policy";
import { disputesOfEnterprise } from "@/lib/disputes/queries";
import { chinaDate } from "@/lib/time/china";
import { EmptyState, Section } from "@/components/ui/section";
import { RiskBadge } from "./dispute-table";

/**
 * An enterprise's disputes for its page, open ones first (at most five). The parties are private
 * persons, so liaisons and admins get nothing at all, not even an empty section.
 */
export async function DisputesPanel({ user, enterpriseId }: { user: SessionUser; enterpriseId: string }) {
  if (!canSeeDisputes(user)) return null;
  const [{ rows, total }, t] = await Promise.all([
    disputesOfEnterprise(user, enterpriseId),
    getTranslations("disputes"),
  ]);
  const query = new URLSearchParams({ enterpriseId });
  return (
    <Section title={t("panel.title")} id="disputes">
      {rows.length === 0 ? (
        <EmptyState>{t("panel.none")}</EmptyState>
      ) : (
        <ul aria-label={t("panel.caption")} className="divide-y divide-slate-100 text-sm">
          {rows.map((d) => (
            <li key={d.id} className="py-2">
              <Link href={`/disputes/${d.id}`} className="font-medium text-brand-600 hover:underline">
                {d.parties}
              </Link>
              {d.escalationRisk ? <RiskBadge label={t("risk")} /> : null}
              <p className="mt-1 flex flex-wrap gap-x-3 text-slate-600">
                <span>{t(`kinds.${d.kind}`)}</span>
                <span>{t(`statuses.${d.status}`)}</span>
                <span className="tabular-nums">{chinaDate(d.createdAt)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        {total > 0 ? (
          <Link href={`/disputes?${query}`} className="text-brand-600 hover:underline">
            {t("panel.all", { count: total })}
          </Link>
        ) : null}
        <Link href={`/disputes/new?${query}`} className="text-brand-600 hover:underline">
          {t("panel.new")}
        </Link>
      </p>
    </Section>
  );
}
