"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { fieldErrors } from "@/components/forms/field-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  requestId: string;
  version: number;
  items: { id: string; label: string }[];
};

/** Asking for more: the officer ticks exactly the items wanted, and says why. */
export function AskMaterialsForm<T>({ action, requestId, version, items }: Props<T>) {
  const t = useTranslations("residency");
  const { state, formAction, onSubmit, pending } = useActionForm(action);
  const { describe, error } = fieldErrors(state);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2" data-testid="askMaterials" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
      <fieldset {...describe("documentIds")}>
        <legend className="text-sm font-medium text-slate-700">{t("fields.documentIds")}</legend>
        <div className="mt-1 space-y-1">
          {items.map((item) => (
            <label key={item.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="documentIds" value={item.id} />
              {item.label}
            </label>
          ))}
        </div>
      </fieldset>
      {error("documentIds")}
      <div>
        <label htmlFor="materials-note" className="block text-sm font-medium text-slate-700">
          {t("fields.note")}
        </label>
        <textarea
          id="materials-note"
          name="note"
          rows={3}
          maxLength={1000}
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          {...describe("note")}
        />
        {error("note")}
      </div>
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={t("do.askMaterials")}
        workingLabel={t("working")}
        submitVariant="secondary"
      />
    </form>
  );
}
