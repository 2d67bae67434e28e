import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { canAssign, canSeeAssignmentHistory } from "@/lib/assignments/policy";
import { assignableOfficers, assignmentHistory, supportOptions } from "@/lib/assignments/queries";
import { TicketActionForm } from "@/components/tickets/action-form";
import { SupportsForm } from "@/components/assignments/supports-form";
import { EmptyState, Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { reassignOfficer, setSupportingDepartments } from "../../assignments/actions";

type Props = { user: SessionUser; enterprise: { id: string; version: number; responsibleOfficerId: string | null } };

/** Responsible-officer history for the police, and the reassignment and 1+N forms for assigners. */
export async function AssignmentPanel({ user, enterprise }: Props) {
  // Liaisons only see the current officer's card, which the page shows already.
  if (!canSeeAssignmentHistory(user)) return null;
  const assigner = canAssign(user);
  const [t, format, locale, history, officers, supports] = await Promise.all([
    getTranslations("assignments"),
    getFormatter(),
    getLocale(),
    assignmentHistory(user, enterprise.id),
    assignableOfficers(user),
    supportOptions(user, enterprise.id),
  ]);
  const name = (p: { name: string; nameEn: string } | null) => (p ? localized(locale, p.name, p.nameEn) : t("nobody"));
  const when = (d: Date) =>
    format.dateTime(d, { year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" });
  return (
    <div className="mt-4 grid gap-4 md:grid-cols-2">
      <Section title={t("historyTitle")} id="assignment-history">
        {history.length === 0 ? (
          <EmptyState>{t("noHistory")}</EmptyState>
        ) : (
          <ol className="space-y-3 text-sm" data-testid="assignment-history">
            {history.map((h) => (
              <li key={h.id} className="border-l-2 border-slate-200 pl-3">
                <p className="font-medium">{t("change", { from: name(h.previous), to: name(h.officer) })}</p>
                <p className="text-slate-600">
                  {t("changedBy", { by: name(h.assignedBy), when: when(h.startedAt) })}
                  {h.endedAt ? ` · ${t("endedAt", { when: when(h.endedAt) })}` : ` · ${t("current")}`}
                </p>
                {h.reason ? <p className="text-slate-700">{t("reasonShown", { reason: h.reason })}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </Section>
      {assigner ? (
        <Section title={t("manageTitle")} id="assignment-manage">
          <TicketActionForm
            action={reassignOfficer}
            hidden={{ enterpriseId: enterprise.id, version: enterprise.version }}
            fields={[
              {
                name: "officerId",
                label: t("newOfficer"),
                kind: "select",
                required: true,
                options: officers
                  .filter((o) => o.id !== enterprise.responsibleOfficerId)
                  .map((o) => ({
                    value: o.id,
                    label: `${name(o)}${o.station ? ` · ${localized(locale, o.station.name, o.station.nameEn)}` : ""}`,
                  })),
              },
              { name: "reason", label: t("reason"), kind: "textarea", required: true, maxLength: 500 },
            ]}
            submitLabel={enterprise.responsibleOfficerId ? t("reassign") : t("assign")}
            testId="reassign"
          />
          <div className="mt-4 border-t border-slate-200 pt-4">
            <SupportsForm
              action={setSupportingDepartments}
              enterpriseId={enterprise.id}
              departments={supports.departments.map((d) => ({ id: d.id, label: localized(locale, d.name, d.nameEn) }))}
              selected={supports.selected}
            />
          </div>
        </Section>
      ) : null}
    </div>
  );
}
