import { getLocale, getTranslations } from "next-intl/server";
import type { Words } from "@/lib/audit/words";

/** The request's translator in the shape lib/audit/words takes. */
export async function auditWords(): Promise<Words> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return { t: (key, values) => t(key, values), has: (key) => t.has(key), locale };
}
