import { getLocale, getTranslations } from "next-intl/server";
import { nextStep } from "@/lib/residency/next-step";
import type { ResidencyDetail } from "@/lib/residency/queries";
import { chinaDateTime, chinaTime } from "@/lib/time/china";
import { localized } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";

/** For the enterprise: what to do next on this request, in the words of its status. */
export async function NextSteps({ request }: { request: ResidencyDetail }) {
  const [t, locale] = await Promise.all([getTranslations("residency"), getLocale()]);
  const active = request.appointment && !request.appointment.cancelledAt ? request.appointment : null;
  const step = nextStep({
    status: request.status,
    serviceMode: request.serviceMode,
    hasAppointment: Boolean(active),
    documents: request.documents.map((d) => ({
      status: d.status,
      required: d.requirement.required,
      label: localized(locale, d.requirement.label, d.requirement.labelEn),
    })),
  });
  const station = active?.slot.station ?? request.enterprise.workstation.station;
  const values = {
    items: new Intl.ListFormat(locale, { type: "conjunction" }).format(step.items),
    station: localized(locale, station.name, station.nameEn),
    when: active ? `${chinaDateTime(active.slot.startsAt)}–${chinaTime(active.slot.endsAt)}` : "",
  };
  return (
    <Section title={t("next.title")} id="next">
      <div className="space-y-1 rounded bg-brand-50 p-3 text-sm text-slate-800" data-testid="next-step">
        {step.keys.map((key) => (
          <p key={key}>{t(`next.${key}`, values)}</p>
        ))}
      </div>
    </Section>
  );
}
