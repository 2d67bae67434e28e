import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { SCHEDULED_MODES } from "@/lib/residency/commands";
import { SCHEDULE_STATUSES, residencyMachine } from "@/lib/residency/machine";
import { canReviewResidency, canTakeResidencyStep } from "@/lib/residency/policy";
import { MAX_SERVICE_DAYS } from "@/lib/residency/schemas";
import { serviceOfficers, type ResidencyDetail } from "@/lib/residency/queries";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { TicketActionForm } from "@/components/tickets/action-form";
import { AskMaterialsForm } from "@/components/residency/ask-materials-form";
import { ScheduleForm } from "@/components/residency/schedule-form";
import { localized } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";
import * as actions from "../actions";

/** The forms this user may use on this request now; the server checks every one of them again. */
export async function RequestActions({ user, request }: { user: SessionUser; request: ResidencyDetail }) {
  const [t, locale] = await Promise.all([getTranslations("residency"), getLocale()]);
  const ref = { requestId: request.id, version: request.version };
  const allowed = residencyMachine.available(request.status, (step) => canTakeResidencyStep(user, step));
  const schedulable =
    canReviewResidency(user) &&
    SCHEDULE_STATUSES.includes(request.status) &&
    (SCHEDULED_MODES as readonly string[]).includes(request.serviceMode);
  if (allowed.length === 0 && !schedulable) return null;
  const officers = schedulable ? await serviceOfficers(user) : [];
  const now = clock.now();
  return (
    <Section title={t("actions")} id="actions">
      <div className="space-y-5">
        {allowed.includes("submit") ? (
          <TicketActionForm
            action={actions.submitRequest}
            hidden={ref}
            submitLabel={request.status === "DRAFT" ? t("do.submit") : t("do.resubmit")}
            testId="submit"
          />
        ) : null}
        {allowed.includes("startReview") ? (
          <TicketActionForm
            action={actions.startReview}
            hidden={ref}
            submitLabel={t("do.startReview")}
            testId="startReview"
          />
        ) : null}
        {allowed.includes("approve") ? (
          <TicketActionForm
            action={actions.approveRequest}
            hidden={ref}
            submitLabel={t("do.approve")}
            testId="approve"
          />
        ) : null}
        {allowed.includes("complete") ? (
          <TicketActionForm
            action={actions.completeRequest}
            hidden={ref}
            submitLabel={t("do.complete")}
            testId="complete"
          />
        ) : null}
        {allowed.includes("askMaterials") ? (
          <AskMaterialsForm
            action={actions.askMaterials}
            requestId={request.id}
            version={request.version}
            items={request.documents.map((d) => ({
              id: d.id,
              label: localized(locale, d.requirement.label, d.requirement.labelEn),
            }))}
          />
        ) : null}
        {schedulable ? (
          <ScheduleForm
            action={actions.scheduleService}
            requestId={request.id}
            version={request.version}
            officers={officers.map((o) => ({ value: o.id, label: localized(locale, o.name, o.nameEn) }))}
            current={{
              officerId: request.serviceOfficerId,
              date: request.serviceDate ? chinaDate(request.serviceDate) : null,
            }}
            today={chinaDate(now)}
            latest={chinaDate(addDays(now, MAX_SERVICE_DAYS))}
          />
        ) : null}
        {allowed.includes("reject") ? (
          <TicketActionForm
            action={actions.rejectRequest}
            hidden={ref}
            fields={[{ name: "reason", label: t("fields.reason"), kind: "textarea", required: true, maxLength: 1000 }]}
            submitLabel={t("do.reject")}
            tone="danger"
            testId="reject"
          />
        ) : null}
      </div>
    </Section>
  );
}
