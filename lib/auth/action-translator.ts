import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { withListsWritten } from "../i18n/list-style.ts";
import type { ActionContext } from "./action-core.ts";

/** The reader's translator for an action's answer: unknown keys get a generic text, lists the reader's commas. */
export async function actionTranslator(): Promise<ActionContext["t"]> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (key, values) => (t.has(key) ? t(key, withListsWritten(values, locale)) : t("errors.invalidField"));
}
