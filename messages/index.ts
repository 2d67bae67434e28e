// Every message file, per locale. A capability keeps its strings in its own file (one top-level
// namespace each) so that files stay small; add new files to both lists.
import enAuth from "./en/auth.json";
import enCore from "./en/core.json";
import enEnterprise from "./en/enterprise.json";
import enHome from "./en/home.json";
import enValidation from "./en/validation.json";
import zhAuth from "./zh-CN/auth.json";
import zhCore from "./zh-CN/core.json";
import zhEnterprise from "./zh-CN/enterprise.json";
import zhHome from "./zh-CN/home.json";
import zhValidation from "./zh-CN/validation.json";
import type { Locale } from "../i18n/locales.ts";

export const MESSAGES = {
  "zh-CN": { ...zhCore, ...zhAuth, ...zhHome, ...zhEnterprise, ...zhValidation },
  en: { ...enCore, ...enAuth, ...enHome, ...enEnterprise, ...enValidation },
} satisfies Record<Locale, Record<string, unknown>>;
