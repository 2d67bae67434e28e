import { getTranslations } from "next-intl/server";
import { percent } from "@/lib/advisories/percent";

/** "12/40 (30%)": how many of the enterprises reached did something, and the share. */
export async function Rate({ count, total }: { count: number; total: number }) {
  const t = await getTranslations("advisories");
  return <>{t("rate", { count, total, percent: percent(count, total) })}</>;
}
