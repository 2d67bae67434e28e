"use client";

import { createContext, useContext, useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { FileInput } from "@/components/attachments/file-input";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

type Upload = { formId: string; errors: Record<string, string[]>; pending: boolean };

const UploadContext = createContext<Upload | null>(null);

/**
 * One upload for the whole checklist: each item's file field (rendered in its row) belongs to this
 * form through its `form` attribute, so files for several items are chosen and sent in one step.
 */
export function ChecklistUpload<T>({
  action,
  requestId,
  version,
  children,
}: {
  action: Action<T>;
  requestId: string;
  version: number;
  children: ReactNode;
}) {
  const t = useTranslations();
  const formId = `checklist-upload-${useId()}`;
  const formRef = useRef<HTMLFormElement>(null);
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("residency.done") });
  // Sent files are cleared from the pickers (which then show them as uploaded).
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <UploadContext.Provider value={{ formId, errors, pending }}>
      {children}
      <form
        id={formId}
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        className="mt-3 space-y-2 border-t border-slate-200 pt-3"
        data-testid="upload-documents"
      >
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="version" value={version} />
        <p className="text-sm text-slate-600">{t("attachments.checklist.hint")}</p>
        {errors.documents ? <p className="text-sm text-red-700">{errors.documents.join(" ")}</p> : null}
        <FormFooter
          state={state}
          pending={pending}
          submitLabel={t("attachments.checklist.submit")}
          workingLabel={t("residency.working")}
        />
      </form>
    </UploadContext.Provider>
  );
}

/** One checklist item's file, sent with the checklist's upload. */
export function ChecklistFileField({
  index,
  documentId,
  label,
  testId,
}: {
  index: number;
  documentId: string;
  label: string;
  testId: string;
}) {
  const upload = useContext(UploadContext);
  if (!upload) return null;
  const name = `documents.${index}`;
  return (
    <div className="mt-2" data-testid={testId}>
      <input type="hidden" form={upload.formId} name={`${name}.documentId`} value={documentId} />
      <FileInput
        id={`${upload.formId}-${index}`}
        form={upload.formId}
        name={`${name}.file`}
        label={label}
        max={1}
        error={upload.errors[`${name}.file`]}
        pending={upload.pending}
      />
    </div>
  );
}
