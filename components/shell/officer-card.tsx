import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/ui/localized";

type Officer = {
  name: string;
  nameEn: string;
  phone: string;
  badgeNo: string | null;
  kind: "POLICE" | "AUXILIARY" | null;
};

/** The responsible officer's contact card, as liaisons and chiefs see it. */
export async function OfficerCard({ officer }: { officer: Officer | null }) {
  const [t, locale] = await Promise.all([getTranslations("enterprise"), getLocale()]);
  if (!officer) return <p className="text-sm text-amber-700">{t("noOfficer")}</p>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="officer-card">
      <dt className="text-slate-500">{t("officerName")}</dt>
      <dd className="font-medium">{localized(locale, officer.name, officer.nameEn)}</dd>
      {officer.badgeNo ? (
        <>
          <dt className="text-slate-500">{t("badgeNo")}</dt>
          <dd>{officer.badgeNo}</dd>
        </>
      ) : null}
      <dt className="text-slate-500">{t("phone")}</dt>
      <dd>
        <a className="text-brand-600 underline" href={`tel:${officer.phone}`}>
          {officer.phone}
        </a>
      </dd>
    </dl>
  );
}
