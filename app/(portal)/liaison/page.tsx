import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { getEnterpriseForUser } from "@/lib/enterprises/queries";
import { requireScopeId } from "@/lib/scope/require-id";
import { OfficerCard } from "@/components/shell/officer-card";
import { PageTitle, Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";
import { localized } from "@/components/ui/localized";

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("liaisonTitle") };
}

export default async function LiaisonHome() {
  const user = await requireRole("LIAISON");
  const [enterprise, t, locale] = await Promise.all([
    getEnterpriseForUser(user, requireScopeId(user.enterpriseId, "enterprise")),
    getTranslations(),
    getLocale(),
  ]);
  return (
    <>
      <PageTitle subtitle={localized(locale, enterprise.workstation.name, enterprise.workstation.nameEn)}>
        {localized(locale, enterprise.name, enterprise.nameEn)}
      </PageTitle>
      <div className="mb-4 flex flex-wrap gap-3">
        <Link href="/tickets/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("tickets.new")}</Link>
        <Link href="/tickets" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50">{t("home.myTickets")}</Link>
      </div>
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t("home.openTickets")} value={enterprise._count.tickets} />
        <Stat label={t("home.openHazards")} value={enterprise._count.hazards} tone={enterprise._count.hazards ? "warn" : "default"} />
      </dl>
      <div className="grid gap-4 md:grid-cols-2">
        <Section title={t("enterprise.responsibleOfficer")} id="officer">
          <OfficerCard officer={enterprise.responsibleOfficer} />
        </Section>
        <Section title={t("enterprise.station")} id="station">
          <p className="text-sm">
            {localized(locale, enterprise.workstation.station.name, enterprise.workstation.station.nameEn)} ·{" "}
            {enterprise.workstation.station.phone}
          </p>
          <Link className="mt-2 inline-block text-sm text-brand-600 underline" href={`/enterprises/${enterprise.id}`}>
            {t("enterprise.viewProfile")}
          </Link>
        </Section>
      </div>
    </>
  );
}
