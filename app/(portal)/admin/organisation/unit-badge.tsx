import { getTranslations } from "next-intl/server";

/** Marks a deactivated unit wherever its name appears in the organisation pages. */
export async function UnitInactiveBadge() {
  const t = await getTranslations("organisation");
  return <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs font-normal text-slate-700">{t("inactive")}</span>;
}
