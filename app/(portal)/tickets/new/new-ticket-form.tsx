"use client";

import { useTranslations } from "next-intl";
import { fieldErrors } from "@/components/forms/field-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { SelectField } from "@/components/forms/select-field";
import { FileInput } from "@/components/attachments/file-input";
import { fileTicket } from "../actions";

type Option = { value: string; label: string };

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/** Filing a ticket; what was typed stays in the form when the server answers with errors. */
export function NewTicketForm({ categories, priorities }: { categories: Option[]; priorities: Option[] }) {
  const t = useTranslations("tickets");
  const { state, formAction, onSubmit, pending } = useActionForm(fileTicket);
  const { errors, describe, error } = fieldErrors(state);
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="category"
          label={t("fields.category")}
          options={categories}
          empty={{ label: t("choose"), selectable: false }}
          state={state}
        />
        <SelectField
          name="priority"
          label={t("fields.priority")}
          options={priorities}
          defaultValue="NORMAL"
          state={state}
        />
      </div>
      <div>
        <label htmlFor="title" className="block text-sm font-medium text-slate-700">
          {t("fields.title")}
        </label>
        <input id="title" name="title" required maxLength={100} className={input} {...describe("title")} />
        {error("title")}
      </div>
      <div>
        <label htmlFor="description" className="block text-sm font-medium text-slate-700">
          {t("fields.description")}
        </label>
        <textarea
          id="description"
          name="description"
          required
          rows={5}
          maxLength={4000}
          className={input}
          {...describe("description")}
        />
        {error("description")}
      </div>
      <div>
        <label htmlFor="location" className="block text-sm font-medium text-slate-700">
          {t("fields.location")}
        </label>
        <input
          id="location"
          name="location"
          maxLength={200}
          placeholder={t("locationHint")}
          className={input}
          {...describe("location")}
        />
        {error("location")}
      </div>
      <FileInput error={errors.attachments} pending={pending} />
      <FormFooter state={state} pending={pending} submitLabel={t("submit")} workingLabel={t("working")} />
    </form>
  );
}
