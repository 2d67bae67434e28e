import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/section";
import { sizeParts, THUMBNAIL_TYPES } from "@/lib/attachments/limits";

const KIND_TILE =
  "flex h-12 w-12 shrink-0 items-center justify-center rounded border border-slate-200 bg-slate-50 " +
  "text-xs font-medium text-slate-500";

export type AttachmentItem = { id: string; fileName: string; mimeType: string; size: number };

/** A record's files: thumbnail for images, name opening the file, size, and a download link. */
export async function AttachmentList({ attachments }: { attachments: AttachmentItem[] }) {
  const t = await getTranslations("attachments");
  if (attachments.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  return (
    <ul aria-label={t("listLabel")} className="divide-y divide-slate-100 text-sm">
      {attachments.map((a) => {
        const href = `/api/attachments/${encodeURIComponent(a.id)}`;
        const { unit, size } = sizeParts(a.size);
        return (
          <li key={a.id} className="flex items-center gap-3 py-2">
            {THUMBNAIL_TYPES.includes(a.mimeType) ? (
              // next/image would fetch through its optimiser without the user's session; these
              // files are private, so the browser loads them directly.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={href}
                alt={t("thumbnailAlt", { name: a.fileName })}
                loading="lazy"
                className="h-12 w-12 shrink-0 rounded border border-slate-200 object-cover"
              />
            ) : (
              <span aria-hidden="true" className={KIND_TILE}>
                {t(a.mimeType === "application/pdf" ? "kinds.pdf" : "kinds.image")}
              </span>
            )}
            <div className="min-w-0 flex-1">
              <a href={href} target="_blank" rel="noopener" className="block truncate text-brand-600 hover:underline">
                {a.fileName}
                <span className="sr-only"> {t("opensInNewTab")}</span>
              </a>
              <span className="text-xs text-slate-500 tabular-nums">{t(`sizes.${unit}`, { size })}</span>
            </div>
            <a
              href={href}
              download={a.fileName}
              aria-label={t("downloadName", { name: a.fileName })}
              className="shrink-0 text-brand-600 underline"
            >
              {t("download")}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
