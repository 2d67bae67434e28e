"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { LOCALES, type Locale } from "@/i18n/locales";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

const NAMES: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

export function LanguageForm<T>({ action, current }: { action: Action<T>; current: Locale }) {
  const t = useTranslations("account.language");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("done") });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4">
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t("label")}</legend>
        <p className="text-sm text-slate-600">{t("hint")}</p>
        <div className="mt-2 flex flex-wrap gap-4">
          {LOCALES.map((l) => (
            <label key={l} className="inline-flex min-h-11 items-center gap-2 text-sm" lang={l}>
              <input type="radio" name="locale" value={l} defaultChecked={l === current} className="size-4" />
              {NAMES[l]}
            </label>
          ))}
        </div>
      </fieldset>
      <FormFooter state={state} pending={pending} submitLabel={t("submit")} workingLabel={t("working")} />
    </form>
  );
}
