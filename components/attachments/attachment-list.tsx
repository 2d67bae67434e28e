import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/section";
import { sizeParts, THUMBNAIL_TYPES } from "@/lib/attachments/limits";

const KIND_TILE =
  "flex h-12 w-12 shrink-0 items-center justify-center rounded border border-slate-200 bg-slate-50 " +
  "text-xs font-medium text-slate-500";

export type AttachmentItem = { id: string; fileName: string; mimeType: string; size: number };

const hrefOf = (a: AttachmentItem) => `/api/attachments/${encodeURIComponent(a.id)}`;

/**
 * A record's files: photos as previews that open full size, PDFs opening in the browser's viewer,
 * each with its size and a download link.
 */
export async function AttachmentList({ attachments }: { attachments: AttachmentItem[] }) {
  const t = await getTranslations("attachments");
  if (attachments.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  const images = attachments.filter((a) => THUMBNAIL_TYPES.includes(a.mimeType));
  const others = attachments.filter((a) => !THUMBNAIL_TYPES.includes(a.mimeType));
  const sizeOf = (a: AttachmentItem) => {
    const { unit, size } = sizeParts(a.size);
    return t(`sizes.${unit}`, { size });
  };
  const download = (a: AttachmentItem) => (
    <a
      href={hrefOf(a)}
      download={a.fileName}
      aria-label={t("downloadName", { name: a.fileName })}
      className="inline-flex min-h-11 shrink-0 items-center text-brand-600 underline"
    >
      {t("download")}
    </a>
  );
  return (
    <div className="space-y-3 text-sm">
      {images.length ? (
        <ul aria-label={t("imagesLabel")} className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {images.map((a) => (
            <li key={a.id}>
              <figure className="overflow-hidden rounded border border-slate-200 bg-slate-50">
                <a href={hrefOf(a)} target="_blank" rel="noopener" className="block">
                  {/* next/image would fetch through its optimiser without the user's session; these
                      files are private, so the browser loads them directly. */}
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img src={hrefOf(a)} alt={a.fileName} loading="lazy" className="aspect-square w-full object-cover" />
                  <span className="sr-only"> {t("opensInNewTab")}</span>
                </a>
                <figcaption className="flex items-center justify-between gap-2 px-2">
                  <span className="min-w-0">
                    <span className="block truncate" aria-hidden="true">
                      {a.fileName}
                    </span>
                    <span className="block text-xs text-slate-500 tabular-nums">{sizeOf(a)}</span>
                  </span>
                  {download(a)}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      ) : null}
      {others.length ? (
        <ul aria-label={t("listLabel")} className="divide-y divide-slate-100">
          {others.map((a) => {
            const pdf = a.mimeType === "application/pdf";
            return (
              <li key={a.id} className="flex items-center gap-3 py-2">
                <span aria-hidden="true" className={KIND_TILE}>
                  {t(pdf ? "kinds.pdf" : "kinds.image")}
                </span>
                <div className="min-w-0 flex-1">
                  {/* Served inline: a PDF opens in the browser's own viewer. */}
                  <a
                    href={hrefOf(a)}
                    target="_blank"
                    rel="noopener"
                    className="block truncate text-brand-600 hover:underline"
                  >
                    {a.fileName}
                    <span className="sr-only"> {t("opensInNewTab")}</span>
                  </a>
                  <span className="text-xs text-slate-500 tabular-nums">{sizeOf(a)}</span>
                </div>
                {download(a)}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
