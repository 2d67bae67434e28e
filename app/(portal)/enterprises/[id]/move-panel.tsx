import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { canSeeOrganisation } from "@/lib/organisation/policy";
import { enterpriseMoves, moveOptions } from "@/lib/organisation/queries";
import { EmptyState, Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { moveEnterprise } from "../../admin/organisation/actions";
import { MoveForm } from "./move-form";

type Unit = { name: string; nameEn: string; station: { name: string; nameEn: string } };

/** The enterprise's moves between workstations for its leaders, and the move form for administrators. */
export async function MovePanel({ user, enterpriseId }: { user: SessionUser; enterpriseId: string }) {
  if (!canSeeOrganisation(user)) return null;
  const [t, format, locale, options] = await Promise.all([
    getTranslations("organisation"),
    getFormatter(),
    getLocale(),
    moveOptions(user, enterpriseId),
  ]);
  const moves = options?.moves ?? (await enterpriseMoves(user, enterpriseId));
  const unit = (w: Unit) =>
    `${localized(locale, w.name, w.nameEn)} (${localized(locale, w.station.name, w.station.nameEn)})`;
  const when = (d: Date) =>
    format.dateTime(d, { year: "numeric", month: "numeric", day: "numeric", timeZone: "Asia/Shanghai" });
  return (
    <div className="mt-4 grid gap-4 md:grid-cols-2">
      <Section title={t("move.history")} id="moves">
        {moves.length === 0 ? (
          <EmptyState>{t("move.noHistory")}</EmptyState>
        ) : (
          <ol className="space-y-3 text-sm" data-testid="move-history" aria-label={t("move.historyCaption")}>
            {moves.map((m) => (
              <li key={m.id} className="border-l-2 border-slate-200 pl-3">
                <p className="font-medium">
                  {unit(m.fromWorkstation)} → {unit(m.toWorkstation)}
                </p>
                <p className="text-slate-600">
                  <time dateTime={m.movedAt.toISOString()}>{when(m.movedAt)}</time>
                  {m.reason ? ` · ${m.reason}` : null}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Section>
      {options ? (
        <Section title={t("move.title")} id="move">
          {options.workstations.length === 0 ? (
            <EmptyState>{t("move.none")}</EmptyState>
          ) : (
            <MoveForm
              action={moveEnterprise}
              enterpriseId={options.enterprise.id}
              version={options.enterprise.version}
              workstations={options.workstations.map((w) => ({ value: w.id, label: unit(w) }))}
            />
          )}
        </Section>
      ) : null}
    </div>
  );
}
