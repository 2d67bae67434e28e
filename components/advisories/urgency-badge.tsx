import { getTranslations } from "next-intl/server";

/** "Urgent" as a badge beside a title; normal advisories carry none. */
export async function UrgencyBadge({ urgent }: { urgent: boolean }) {
  if (!urgent) return null;
  const t = await getTranslations("advisories");
  return (
    <span className="ml-2 inline-block rounded bg-red-100 px-1.5 text-xs font-medium text-red-800">
      {t("urgentBadge")}
    </span>
  );
}
