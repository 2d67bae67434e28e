"use client";

import { useEffect, useId, useRef, useState } from "react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmPanel } from "@/components/forms/confirm-panel";
import { FormFooter } from "@/components/forms/form-footer";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { SelectField, type OptionGroup } from "@/components/forms/select-field";
import { useApplyStep, usePostEvent, useTicketVersion, type PostedEvent, type StepAnswer } from "./ticket-page-state";
import { awaitAnswer, releaseWhenAnswerShown } from "./shown-events";

type Field =
  | { name: string; label: string; kind: "textarea"; required?: boolean; maxLength?: number }
  | {
      name: string;
      label: string;
      kind: "select";
      options: { value: string; label: string }[];
      groups?: OptionGroup[];
      required?: boolean;
    }
  | { name: string; label: string; kind: "rating" }
  | { name: string; label: string; kind: "files" };

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  hidden: Record<string, string | number>;
  fields?: Field[];
  submitLabel: string;
  tone?: "primary" | "secondary" | "danger";
  /** Ask before sending: for steps that cannot be undone (danger-tone ones by default). */
  confirm?: boolean;
  testId?: string;
};

// Only some forms take files (a hazard's rectification photos): the picker loads with a page that shows one.
const FileInput = dynamic(() => import("@/components/attachments/file-input").then((m) => m.FileInput));

const CLOSED = Symbol("closed");
/** The longest a step counts as awaited after its answer, for an answer that shows no events. */
const ANSWER_SHOWN_MS = 3_000;

const TEXTAREA = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

/**
 * One ticket action as a small form: hidden ids and version, its fields, errors next to each field.
 * A step that cannot be undone asks first: its button opens a confirmation, and only "confirm" sends.
 */
export function TicketActionForm<T>({
  action,
  hidden,
  fields = [],
  submitLabel,
  tone = "primary",
  confirm = tone === "danger",
  testId,
}: Props<T>) {
  const t = useTranslations("tickets");
  // A conflict or a step no longer allowed is told as a toast, which outlives this form: the refresh
  // that comes with the answer may remove the form before it renders again.
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("done") });
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const postEvent = usePostEvent();
  const applyStep = useApplyStep();
  const router = useRouter();
  // The version the page knows: a step's answer may leave this form as it was rendered, before the step.
  const version = useTicketVersion();
  const sent = version !== undefined && "version" in hidden ? { ...hidden, version } : hidden;
  // A live change this step caused waits for its answer rather than reloading the page.
  useEffect(() => {
    if (!pending) return;
    const release = awaitAnswer();
    return () => releaseWhenAnswerShown(release, ANSWER_SHOWN_MS);
  }, [pending]);
  // The confirmation belongs to the answer it was opened under: the next answer (done or refused)
  // closes it, so a refusal is read before the user is asked again.
  const [openedUnder, setOpenedUnder] = useState<unknown>(CLOSED);
  const confirming = openedUnder === state;
  // Typed text is kept on errors and cleared once the change went through; an entry the action
  // answered with goes onto the page's timeline, a step's parts onto the page.
  useEffect(() => {
    if (!state?.ok) return;
    formRef.current?.reset();
    const data = state.data as { event?: PostedEvent; parts?: StepAnswer["parts"]; reload?: true } | null;
    if (data?.event) postEvent(data.event);
    if (data?.parts) applyStep(data as StepAnswer);
    if (data?.reload) router.refresh();
  }, [state, postEvent, applyStep, router]);
  // Refused because the ticket moved on meanwhile (someone else's step): the page shows it as it is now.
  useEffect(() => {
    if (state && !state.ok && (state.code === "conflict" || state.code === "rejected")) router.refresh();
  }, [state, router]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-2" data-testid={testId} noValidate>
      {Object.entries(sent).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const fieldId = `${id}-${field.name}`;
        const errorId = `${fieldId}-error`;
        const error = errors[field.name];
        const common = {
          id: fieldId,
          name: field.name,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? errorId : undefined,
        };
        return (
          <div key={field.name}>
            {field.kind === "files" ? (
              <FileInput id={fieldId} name={field.name} label={field.label} error={error} pending={pending} />
            ) : field.kind === "select" ? (
              // Its message is tied to it by the field's name: a page's forms name their selects apart.
              <SelectField
                id={fieldId}
                name={field.name}
                label={field.label}
                options={field.options}
                groups={field.groups}
                empty={{ label: t("choose"), selectable: !field.required }}
                state={state}
              />
            ) : field.kind === "rating" ? (
              <fieldset aria-describedby={error ? errorId : undefined}>
                <legend className="text-sm font-medium text-slate-700">{field.label}</legend>
                <div className="mt-1 flex gap-3">
                  {[1, 2, 3, 4, 5].map((n) => (
                    <label key={n} className="flex items-center gap-1 text-sm">
                      <input type="radio" name={field.name} value={n} required />
                      {t("ratingValue", { n })}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : (
              <>
                <label htmlFor={fieldId} className="block text-sm font-medium text-slate-700">
                  {field.label}
                </label>
                <textarea
                  {...common}
                  rows={3}
                  maxLength={field.maxLength}
                  required={field.required}
                  className={TEXTAREA}
                />
              </>
            )}
            {/* The file picker and the select show their own messages, including the server's. */}
            {error && field.kind !== "files" && field.kind !== "select" ? (
              <p id={errorId} className="mt-1 text-sm text-red-700">
                {error.join(" ")}
              </p>
            ) : null}
          </div>
        );
      })}
      {confirm && !confirming ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button variant={tone} onClick={() => setOpenedUnder(state)}>
            {submitLabel}
          </Button>
          <FormStatus state={state} />
        </div>
      ) : confirm ? (
        <ConfirmPanel
          message={t("confirmIrreversible", { action: submitLabel })}
          confirmLabel={t("confirmAction", { action: submitLabel })}
          cancelLabel={t("cancel")}
          onCancel={() => setOpenedUnder(CLOSED)}
          pending={pending}
          pendingLabel={t("working")}
          variant={tone}
        />
      ) : (
        <FormFooter
          state={state}
          pending={pending}
          submitLabel={submitLabel}
          workingLabel={t("working")}
          submitVariant={tone}
        />
      )}
    </form>
  );
}
