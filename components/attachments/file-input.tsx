"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { MAX_FILE_MB, MAX_FILES, sizeParts } from "@/lib/attachments/limits";
import { ATTACHMENT_ERRORS, attachmentFilesSchema, issueValues } from "@/lib/attachments/schema";
import { SNIFF_BYTES, sniffMimeType } from "@/lib/attachments/sniff";

// The browser's own "choose files" button, dressed as the portal's primary button.
const FILE_INPUT =
  "mt-2 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-600 " +
  "file:px-3 file:py-2 file:font-medium file:text-white hover:file:bg-brand-700";

type Translate = ReturnType<typeof useTranslations>;
type Chosen = { name: string; size: number };

/** The same checks the server makes, so most refusals show before anything is uploaded. */
async function problemsOf(files: File[], t: Translate): Promise<string[]> {
  const parsed = attachmentFilesSchema.safeParse(files);
  if (!parsed.success) return parsed.error.issues.map((issue) => t(issue.message, issueValues(issue)));
  const types = await Promise.all(
    files.map(async (f) => sniffMimeType(new Uint8Array(await f.slice(0, SNIFF_BYTES).arrayBuffer()))),
  );
  return files.flatMap((f, i) => (types[i] ? [] : [t(ATTACHMENT_ERRORS.type, { name: f.name })]));
}

type Props = {
  /** Messages from the server's answer (already translated). */
  error?: string[];
  /** Ids of further texts that describe the field (e.g. a form-level hint). */
  describedBy?: string;
  id?: string;
  label?: string;
  /** The form field the files are sent as. */
  name?: string;
};

/** A labelled multi-file picker (the `attachments` form field unless named otherwise) with immediate feedback. */
export function FileInput({ error, describedBy, id, label, name = "attachments" }: Props) {
  const t = useTranslations();
  const autoId = useId();
  const inputId = id ?? `attachments-${autoId}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const latestCheck = useRef(0);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  // A server message is about the files sent then; once the user picks again it no longer applies.
  const [dismissed, setDismissed] = useState<string[] | undefined>(undefined);

  const clear = () => {
    latestCheck.current++;
    setChosen([]);
    setProblems([]);
    inputRef.current?.setCustomValidity("");
  };

  // React resets a form after a successful action; the list must follow the emptied input.
  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    form.addEventListener("reset", clear);
    return () => form.removeEventListener("reset", clear);
  }, []);

  async function onChange(event: React.ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    const check = ++latestCheck.current;
    setDismissed(error);
    setChosen(files.map((f) => ({ name: f.name, size: f.size })));
    const found = await problemsOf(files, t);
    if (check !== latestCheck.current) return;
    setProblems(found);
    // Lets the browser refuse to submit while the choice is known to be refused by the server.
    input.setCustomValidity(found[0] ?? "");
  }

  const messages = problems.length ? problems : error && error !== dismissed ? error : [];
  const describedByIds = [describedBy, hintId, messages.length ? errorId : null].filter(Boolean).join(" ");

  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {label ?? t("attachments.label")}
      </label>
      <p id={hintId} className="mt-1 text-xs text-slate-500">
        {t("attachments.hint", { max: MAX_FILES, maxMb: MAX_FILE_MB })}
      </p>
      <input
        ref={inputRef}
        id={inputId}
        name={name}
        type="file"
        multiple
        accept="image/*,application/pdf"
        onChange={onChange}
        aria-describedby={describedByIds}
        aria-invalid={messages.length ? true : undefined}
        className={FILE_INPUT}
      />
      {chosen.length ? (
        <div className="mt-2">
          <ul aria-label={t("attachments.chosen")} className="space-y-1 text-sm">
            {chosen.map((f, i) => {
              const { unit, size } = sizeParts(f.size);
              return (
                <li key={`${i}-${f.name}`} className="flex justify-between gap-3">
                  <span className="truncate">{f.name}</span>
                  <span className="shrink-0 text-slate-500 tabular-nums">
                    {t(`attachments.sizes.${unit}`, { size })}
                  </span>
                </li>
              );
            })}
          </ul>
          <Button
            variant="ghost"
            size="sm"
            icon={X}
            onClick={() => {
              if (inputRef.current) inputRef.current.value = "";
              clear();
            }}
            className="mt-1"
          >
            {t("attachments.clear")}
          </Button>
        </div>
      ) : null}
      <div id={errorId} aria-live="polite" className="mt-1 text-sm text-red-700">
        {messages.map((m, i) => (
          <p key={i}>{m}</p>
        ))}
      </div>
    </div>
  );
}
