"use client";

import { useId } from "react";
import { Plus, Save } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";

type Item = {
  id: string;
  code: string;
  label: string;
  labelEn: string;
  required: boolean;
  active: boolean;
  sortOrder: number;
};

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  kind: string;
  /** null: a new item. */
  item: Item | null;
  locale: string;
  nextOrder?: number;
};

const input = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

/** One checklist item as an inline form; a new one when `item` is null. */
export function RequirementForm<T>({ action, kind, item, nextOrder = 0 }: Props<T>) {
  const t = useTranslations("residency");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("checklists.saved") });
  const id = useId();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = (
    name: "code" | "label" | "labelEn" | "sortOrder",
    value: string | number,
    extra: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="block text-xs font-medium text-slate-600">
        {t(`checklists.${name}`)}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        defaultValue={value}
        className={input}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
        {...extra}
      />
      {errors[name] ? (
        <p id={`${id}-${name}-error`} className="mt-1 text-xs text-red-700">
          {errors[name].join(" ")}
        </p>
      ) : null}
    </div>
  );
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className={`rounded-md border p-3 ${item && !item.active ? "border-dashed border-slate-300 bg-slate-50" : "border-slate-200"}`}
      noValidate
    >
      <input type="hidden" name="kind" value={kind} />
      {item ? <input type="hidden" name="requirementId" value={item.id} /> : null}
      <div className="grid gap-2 sm:grid-cols-[8rem_1fr_1fr_5rem]">
        {field("code", item?.code ?? "", { maxLength: 40, required: true })}
        {field("label", item?.label ?? "", { maxLength: 100, required: true })}
        {field("labelEn", item?.labelEn ?? "", { maxLength: 100, required: true })}
        {field("sortOrder", item?.sortOrder ?? nextOrder, { type: "number", min: 0, max: 999 })}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-4 text-sm">
        <label className="flex items-center gap-1">
          <input type="checkbox" name="required" defaultChecked={item?.required ?? true} />
          {t("checklists.required")}
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="active" defaultChecked={item?.active ?? true} />
          {t("checklists.active")}
        </label>
        <Button
          type="submit"
          variant="secondary"
          size="sm"
          icon={item ? Save : Plus}
          pending={pending}
          pendingLabel={t("working")}
        >
          {item ? t("checklists.save") : t("checklists.create")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
