import { getTranslations } from "next-intl/server";

/** Marks a deactivated enterprise wherever its name appears. */
export async function InactiveBadge() {
  const t = await getTranslations("enterprise");
  return <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs font-normal text-slate-700">{t("inactive")}</span>;
}
