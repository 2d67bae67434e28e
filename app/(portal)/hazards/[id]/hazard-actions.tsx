import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { hazardMachine } from "@/lib/hazards/machine";
import { canTakeHazardStep } from "@/lib/hazards/policy";
import type { getHazardForUser } from "@/lib/hazards/queries";
import { TicketActionForm } from "@/components/tickets/action-form";
import { EmptyState, Section } from "@/components/ui/section";
import * as actions from "../actions";

type Hazard = NonNullable<Awaited<ReturnType<typeof getHazardForUser>>>;

/** The forms this user may use on this hazard now; the server checks every one of them again. */
export async function HazardActions({ user, hazard }: { user: SessionUser; hazard: Hazard }) {
  const t = await getTranslations("hazards");
  const ref = { hazardId: hazard.id, version: hazard.version };
  const allowed = hazardMachine.available(hazard.status, (step) => canTakeHazardStep(user, step));
  const text = (name: "note" | "reason") => ({
    name,
    label: t(`fields.${name}`),
    kind: "textarea" as const,
    required: true,
    maxLength: 1000,
  });
  return (
    <Section title={t("actions")} id="actions">
      {allowed.length === 0 ? (
        <EmptyState>{t("noActions")}</EmptyState>
      ) : (
        <div className="space-y-4">
          {allowed.includes("start") ? (
            <TicketActionForm
              action={actions.startRectifying}
              hidden={ref}
              submitLabel={t("do.start")}
              tone="secondary"
              testId="start"
            />
          ) : null}
          {allowed.includes("report") ? (
            <TicketActionForm
              action={actions.reportRectification}
              hidden={ref}
              fields={[text("note"), { name: "attachments", label: t("fields.rectifyPhotos"), kind: "files" }]}
              submitLabel={t("do.report")}
              testId="report"
            />
          ) : null}
          {allowed.includes("close") ? (
            <TicketActionForm
              action={actions.closeHazard}
              hidden={ref}
              submitLabel={t("do.close")}
              confirm
              testId="close"
            />
          ) : null}
          {allowed.includes("sendBack") ? (
            <TicketActionForm
              action={actions.sendBackHazard}
              hidden={ref}
              fields={[text("reason")]}
              submitLabel={t("do.sendBack")}
              tone="danger"
              confirm={false}
              testId="sendBack"
            />
          ) : null}
        </div>
      )}
    </Section>
  );
}
