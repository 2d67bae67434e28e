import { getTranslations } from "next-intl/server";
import type { getDisputeForUser } from "@/lib/disputes/queries";
import { disputeMachine } from "@/lib/disputes/machine";
import { REFERRALS } from "@/lib/disputes/outcome";
import { chinaDateTimeLocal } from "@/lib/time/china";
import { TicketActionForm } from "@/components/tickets/action-form";
import { EmptyState, Section } from "@/components/ui/section";
import * as actions from "../actions";
import { SessionForm } from "./session-form";

type Dispute = NonNullable<Awaited<ReturnType<typeof getDisputeForUser>>>;

/** The forms the machine allows on this dispute now; the server checks every one of them again. */
export async function DisputeActions({ dispute }: { dispute: Dispute }) {
  const t = await getTranslations("disputes");
  const ref = { disputeId: dispute.id, version: dispute.version };
  const allowed = disputeMachine.available(dispute.status);
  if (allowed.length === 0) {
    return (
      <Section title={t("actions")} id="actions">
        <EmptyState>{t("closedNote")}</EmptyState>
      </Section>
    );
  }
  return (
    <>
      {allowed.includes("logSession") ? (
        <Section title={t("logSessionTitle")} id="log-session">
          <SessionForm disputeId={dispute.id} version={dispute.version} now={chinaDateTimeLocal(new Date())} />
        </Section>
      ) : null}
      {allowed.includes("setRisk") ? (
        <Section title={t("riskTitle")} id="risk">
          <p className="mb-2 text-sm text-slate-600">{dispute.escalationRisk ? t("riskOn") : t("riskOff")}</p>
          <TicketActionForm
            action={actions.setRisk}
            hidden={{ ...ref, risk: String(!dispute.escalationRisk) }}
            submitLabel={dispute.escalationRisk ? t("do.clearRisk") : t("do.flagRisk")}
            tone={dispute.escalationRisk ? "secondary" : "danger"}
            testId="setRisk"
          />
        </Section>
      ) : null}
      <Section title={t("closeTitle")} id="close">
        <div className="grid gap-6 md:grid-cols-2">
          {allowed.includes("resolve") ? (
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("resolveTitle")}</h3>
              <TicketActionForm
                action={actions.resolveDispute}
                hidden={ref}
                fields={[
                  { name: "outcome", label: t("fields.outcome"), kind: "textarea", required: true, maxLength: 2000 },
                ]}
                submitLabel={t("do.resolve")}
                testId="resolve"
              />
            </div>
          ) : null}
          {allowed.includes("refer") ? (
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("referTitle")}</h3>
              <TicketActionForm
                action={actions.referDispute}
                hidden={ref}
                fields={[
                  {
                    name: "referredTo",
                    label: t("fields.referredTo"),
                    kind: "select",
                    required: true,
                    options: REFERRALS.map((r) => ({ value: r, label: t(`referrals.${r}`) })),
                  },
                  { name: "details", label: t("fields.details"), kind: "textarea", required: true, maxLength: 2000 },
                ]}
                submitLabel={t("do.refer")}
                tone="secondary"
                testId="refer"
              />
            </div>
          ) : null}
        </div>
      </Section>
    </>
  );
}
