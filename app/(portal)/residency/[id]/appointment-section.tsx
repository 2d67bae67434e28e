import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { WINDOW_MODES } from "@/lib/residency/appointments";
import { canFileResidency } from "@/lib/residency/policy";
import { openSlotsFor, type ResidencyDetail } from "@/lib/residency/queries";
import { TicketActionForm } from "@/components/tickets/action-form";
import { chinaDateTime, chinaTime } from "@/lib/time/china";
import { localized } from "@/components/ui/localized";
import { EmptyState, Section } from "@/components/ui/section";
import { bookSlot, cancelBooking } from "../actions";

/** The window appointment: what is booked, and for the liaison booking, moving or cancelling it. */
export async function AppointmentSection({ user, request }: { user: SessionUser; request: ResidencyDetail }) {
  if (!(WINDOW_MODES as readonly string[]).includes(request.serviceMode)) return null;
  const [t, locale] = await Promise.all([getTranslations("residency"), getLocale()]);
  const active = request.appointment && !request.appointment.cancelledAt ? request.appointment : null;
  const slots = await openSlotsFor(user, request);
  const station = request.enterprise.workstation.station;
  return (
    <Section title={t("appointment.title")} id="appointment">
      {active ? (
        <p className="mb-3 text-sm" data-testid="booked-slot">
          {t("appointment.booked", {
            when: `${chinaDateTime(active.slot.startsAt)}–${chinaTime(active.slot.endsAt)}`,
            station: localized(locale, active.slot.station.name, active.slot.station.nameEn),
          })}
        </p>
      ) : (
        <p className="mb-3 text-sm text-slate-600">{t("appointment.none")}</p>
      )}
      {canFileResidency(user) ? (
        <div className="space-y-3">
          {slots.length === 0 ? (
            <EmptyState>{t("appointment.noSlots")}</EmptyState>
          ) : (
            <TicketActionForm
              action={bookSlot}
              hidden={{ requestId: request.id }}
              fields={[
                {
                  name: "slotId",
                  label: t("appointment.slot", { station: localized(locale, station.name, station.nameEn) }),
                  kind: "select",
                  required: true,
                  options: slots.map((s) => ({
                    value: s.id,
                    label: t("appointment.slotOption", {
                      when: `${chinaDateTime(s.startsAt)}–${chinaTime(s.endsAt)}`,
                      left: s.capacity - s.booked,
                    }),
                  })),
                },
              ]}
              submitLabel={active ? t("appointment.move") : t("appointment.book")}
              testId="book"
            />
          )}
          {active ? (
            <TicketActionForm
              action={cancelBooking}
              hidden={{ requestId: request.id }}
              submitLabel={t("appointment.cancel")}
              tone="danger"
              testId="cancelBooking"
            />
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}
