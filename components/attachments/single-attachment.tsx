import { getTranslations } from "next-intl/server";
import { THUMBNAIL_TYPES } from "@/lib/attachments/limits";
import type { AttachmentItem } from "./attachment-list";

/** One file where a record holds exactly one (a checklist item): a photo shows, a PDF opens inline. */
export async function SingleAttachment({
  attachment,
}: {
  attachment: Pick<AttachmentItem, "id" | "fileName" | "mimeType">;
}) {
  const t = await getTranslations("attachments");
  const href = `/api/attachments/${encodeURIComponent(attachment.id)}`;
  const image = THUMBNAIL_TYPES.includes(attachment.mimeType);
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="mt-1 inline-flex min-h-11 max-w-full items-center gap-2 text-sm text-brand-600 underline"
    >
      {image ? (
        // Private files load with the user's session; next/image's optimiser would fetch without it.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={href}
          alt={attachment.fileName}
          loading="lazy"
          className="h-16 w-16 shrink-0 rounded border border-slate-200 object-cover"
        />
      ) : null}
      <span className="truncate" aria-hidden={image || undefined}>
        {attachment.fileName}
      </span>
      <span className="sr-only">{t("opensInNewTab")}</span>
    </a>
  );
}
