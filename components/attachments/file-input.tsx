"use client";

import dynamic from "next/dynamic";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Camera, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { MAX_FILE_MB, MAX_FILES, THUMBNAIL_TYPES } from "@/lib/attachments/limits";
import { ATTACHMENT_ERRORS } from "@/lib/attachments/errors";
import type { ChosenFile } from "./chosen-file-list";

// Shown once files are chosen, so loaded then, like the code that prepares them (prepare-file.ts).
const ChosenFileList = dynamic(() => import("./chosen-file-list").then((m) => m.ChosenFileList), { ssr: false });

// The browser's own "choose files" button, dressed as the portal's primary button.
const FILE_INPUT =
  "block w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-600 " +
  "file:px-3 file:py-2 file:font-medium file:text-white hover:file:bg-brand-700";

/** Puts the files into the input, so the form sends exactly what the list shows. */
function writeFiles(input: HTMLInputElement | null, files: File[]) {
  if (!input) return;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
}

// A finger as the main pointer: a phone or tablet, which has a camera to offer.
const TOUCH = "(pointer: coarse)";
const watchTouch = (changed: () => void) => {
  const query = window.matchMedia(TOUCH);
  query.addEventListener("change", changed);
  return () => query.removeEventListener("change", changed);
};

type Props = {
  /** Messages from the server's answer (already translated). */
  error?: string[];
  /** Ids of further texts that describe the field (e.g. a form-level hint). */
  describedBy?: string;
  id?: string;
  label?: string;
  /** The form field the files are sent as. */
  name?: string;
  /** How many files the field takes; one replaces the other when it is 1. */
  max?: number;
  /** The form is being sent: chosen files show as uploading. */
  pending?: boolean;
  /** The form the input belongs to when it stands outside it. */
  form?: string;
};

/**
 * A labelled picker for photos and PDFs (the `attachments` form field unless named otherwise): several
 * files in one step, a camera button for phones, large photos made smaller before upload, and each
 * file's state (being made smaller, ready, uploading, uploaded, refused) read out politely.
 */
export function FileInput({
  error,
  describedBy,
  id,
  label,
  name = "attachments",
  max = MAX_FILES,
  pending,
  form,
}: Props) {
  const t = useTranslations();
  const touch = useSyncExternalStore(
    watchTouch,
    () => window.matchMedia(TOUCH).matches,
    () => false,
  );
  const autoId = useId();
  const inputId = id ?? `attachments-${autoId}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const cameraRef = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const [items, setItems] = useState<ChosenFile[]>([]);
  // Every change goes through `update`, so handlers that outlive a render read the current list.
  const itemsRef = useRef(items);
  // A send asked for while photos were still being made smaller; it goes out once they are ready.
  const [held, setHeld] = useState(false);
  const heldRef = useRef(false);
  // A server message is about the files sent then; once the user picks again it no longer applies.
  const [dismissed, setDismissed] = useState<string[] | undefined>(undefined);

  const update = (change: (current: ChosenFile[]) => ChosenFile[]) => {
    const next = change(itemsRef.current);
    itemsRef.current = next;
    setItems(next);
  };

  // Object URLs of previews hold the photo in memory until revoked.
  useEffect(() => () => itemsRef.current.forEach((i) => i.preview && URL.revokeObjectURL(i.preview)), []);

  useEffect(() => {
    const owner = inputRef.current?.form;
    if (!owner) return;
    // Forms here are reset once the server took what was sent: those files are uploaded, and the
    // emptied input holds nothing else any more.
    const onReset = () => {
      update((current) => current.filter((i) => i.status === "ready").map((i) => ({ ...i, status: "done" })));
    };
    const onSubmit = (event: SubmitEvent) => {
      if (!itemsRef.current.some((i) => i.status === "preparing")) return;
      // Stops the form's own handler too: it would send the large originals.
      event.preventDefault();
      event.stopPropagation();
      heldRef.current = true;
      setHeld(true);
    };
    owner.addEventListener("reset", onReset);
    owner.addEventListener("submit", onSubmit);
    return () => {
      owner.removeEventListener("reset", onReset);
      owner.removeEventListener("submit", onSubmit);
    };
  }, []);

  const finish = (key: number, file: File, message: string | undefined) =>
    update((current) =>
      current.map((i) =>
        i.key === key ? { ...i, file, status: message ? "error" : "ready", message, size: file.size } : i,
      ),
    );

  async function add(files: File[]) {
    setDismissed(error);
    const kept = max === 1 ? [] : itemsRef.current.filter((i) => i.status !== "done");
    for (const gone of itemsRef.current) if (!kept.includes(gone) && gone.preview) URL.revokeObjectURL(gone.preview);
    const added: ChosenFile[] = files.map((file) => ({
      key: nextKey.current++,
      file,
      originalSize: file.size,
      size: file.size,
      status: "preparing",
      preview: THUMBNAIL_TYPES.includes(file.type) ? URL.createObjectURL(file) : undefined,
    }));
    const next = [...kept, ...added];
    update(() => next);
    writeFiles(
      inputRef.current,
      next.map((i) => i.file),
    );
    // One at a time: decoding several phone photos at once can exhaust a phone's memory.
    const { prepareFile } = await import("./prepare-file");
    for (const item of added) {
      const { file, problem } = await prepareFile(item.file, t);
      finish(item.key, file, problem);
      writeFiles(
        inputRef.current,
        itemsRef.current.map((i) => i.file),
      );
    }
    if (heldRef.current && !itemsRef.current.some((i) => i.status === "preparing")) {
      heldRef.current = false;
      setHeld(false);
      inputRef.current?.form?.requestSubmit();
    }
  }

  function remove(key: number) {
    const gone = itemsRef.current.find((i) => i.key === key);
    if (gone?.preview) URL.revokeObjectURL(gone.preview);
    const next = itemsRef.current.filter((i) => i.key !== key);
    update(() => next);
    writeFiles(
      inputRef.current,
      next.map((i) => i.file),
    );
  }

  function clear() {
    for (const i of itemsRef.current) if (i.preview) URL.revokeObjectURL(i.preview);
    update(() => []);
    writeFiles(inputRef.current, []);
  }

  // While the form is out its files are uploading; a refusal naming a file marks that file.
  const serverAll = error && error !== dismissed ? error : [];
  const shown = items.map((i): ChosenFile => {
    if (i.status !== "ready") return i;
    if (pending) return { ...i, status: "uploading" };
    const named = serverAll.find((m) => m.includes(i.file.name));
    return named ? { ...i, status: "error", message: named } : i;
  });
  const chosenCount = items.filter((i) => i.status !== "done").length;
  const tooMany = chosenCount > max ? [t(ATTACHMENT_ERRORS.tooMany, { max })] : [];
  const server = serverAll.filter((m) => !shown.some((i) => i.message === m));
  const messages = [...tooMany, ...server];
  const refused = messages.length > 0 || shown.some((i) => i.status === "error");
  const describedByIds = [describedBy, hintId, refused ? errorId : null].filter(Boolean).join(" ");

  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {label ?? t("attachments.label")}
      </label>
      <p id={hintId} className="mt-1 text-xs text-slate-500">
        {max === 1
          ? t("attachments.hintOne", { maxMb: MAX_FILE_MB })
          : t("attachments.hint", { max, maxMb: MAX_FILE_MB })}{" "}
        {t("attachments.hintDownscale")}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input
          ref={inputRef}
          id={inputId}
          name={name}
          form={form}
          type="file"
          multiple={max > 1}
          // PDFs are welcome here, so the picker is not forced onto the camera; the button below is.
          accept="image/*,application/pdf"
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            // A cancelled picker empties the input in some browsers: what was chosen stays.
            if (files.length) void add(files);
            else
              writeFiles(
                inputRef.current,
                itemsRef.current.map((i) => i.file),
              );
          }}
          aria-describedby={describedByIds}
          aria-invalid={refused ? true : undefined}
          className={`${FILE_INPUT} min-w-0 flex-1`}
        />
        {touch ? (
          <>
            <input
              ref={cameraRef}
              type="file"
              accept="image/*"
              capture="environment"
              tabIndex={-1}
              aria-hidden="true"
              className="hidden"
              onChange={(event) => {
                const files = Array.from(event.currentTarget.files ?? []);
                event.currentTarget.value = "";
                if (files.length) void add(files);
              }}
            />
            <Button variant="secondary" icon={Camera} onClick={() => cameraRef.current?.click()}>
              {t("attachments.takePhoto")}
            </Button>
          </>
        ) : null}
      </div>
      {items.length ? (
        <div className="mt-2">
          <ChosenFileList items={shown} onRemove={remove} />
          {items.length > 1 && items.some((i) => i.status !== "done") ? (
            <Button variant="ghost" size="sm" icon={X} onClick={clear} className="mt-1">
              {t("attachments.clear")}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div id={errorId} aria-live="polite" className="mt-1 text-sm text-red-700">
        {held ? <p className="text-slate-700">{t("attachments.waiting")}</p> : null}
        {messages.map((m, i) => (
          <p key={i}>{m}</p>
        ))}
        {shown
          .filter((i) => i.status === "error" && i.message)
          .map((i) => (
            <p key={i.key}>{i.message}</p>
          ))}
      </div>
    </div>
  );
}
