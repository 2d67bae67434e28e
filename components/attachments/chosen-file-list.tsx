"use client";

import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { sizeParts } from "@/lib/attachments/limits";

export type ChosenFileStatus = "preparing" | "ready" | "uploading" | "done" | "error";

export type ChosenFile = {
  key: number;
  /** What will be sent: the downscaled photo once ready, the original before. */
  file: File;
  originalSize: number;
  size: number;
  status: ChosenFileStatus;
  /** Why the file is refused. */
  message?: string;
  /** An object URL showing a photo before it is sent. */
  preview?: string;
};

const STATUS_TONE: Record<ChosenFileStatus, string> = {
  preparing: "text-slate-600",
  ready: "text-slate-600",
  uploading: "text-sky-800",
  done: "text-emerald-800",
  error: "text-red-700",
};

/** The chosen files with a preview, size and state each; state changes are read out politely. */
export function ChosenFileList({ items, onRemove }: { items: ChosenFile[]; onRemove: (key: number) => void }) {
  const t = useTranslations("attachments");
  const size = (bytes: number) => {
    const parts = sizeParts(bytes);
    return t(`sizes.${parts.unit}`, { size: parts.size });
  };
  return (
    <ul aria-label={t("chosen")} aria-live="polite" className="space-y-1 text-sm" data-testid="chosen-files">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-2" data-status={item.status}>
          {item.preview ? (
            // A local object URL of the user's own photo; the optimiser has nothing to do here.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={item.preview}
              alt=""
              className="h-10 w-10 shrink-0 rounded border border-slate-200 object-cover"
            />
          ) : (
            <span aria-hidden="true" className="h-10 w-10 shrink-0 rounded border border-slate-200 bg-slate-50" />
          )}
          <div className="min-w-0 flex-1">
            <span className="block truncate">{item.file.name}</span>
            <span className={`block text-xs tabular-nums ${STATUS_TONE[item.status]}`}>
              {item.status === "ready" && item.size < item.originalSize
                ? t("status.shrunk", { from: size(item.originalSize), to: size(item.size) })
                : item.status === "ready"
                  ? t("status.ready", { size: size(item.size) })
                  : t(`status.${item.status}`)}
            </span>
          </div>
          {item.status !== "uploading" && item.status !== "done" ? (
            <button
              type="button"
              onClick={() => onRemove(item.key)}
              aria-label={t("remove", { name: item.file.name })}
              className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-brand-600"
            >
              <X aria-hidden="true" className="size-4" />
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
