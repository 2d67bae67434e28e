import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { NotificationRow } from "@/lib/notifications/queries";
import { notificationMessageKey, paramsForReader } from "@/lib/notifications/render";
import { MarkReadButton } from "./mark-read-forms";

type Props = {
  row: NotificationRow;
  now: Date;
  markRead: React.ComponentProps<typeof MarkReadButton>["action"];
  /** Where focus goes when this row leaves the list (unread filter). */
  fallbackFocus: string;
};

const ROW = "flex flex-wrap items-start gap-3 border-b border-slate-100 py-3 pl-3 last:border-b-0 border-l-4";
const ROW_UNREAD = "border-l-brand-600 bg-brand-50/40";
const BADGE = "mr-2 inline-block rounded px-1.5 text-xs";

/** Only paths of this site: a stored link must never send the reader elsewhere. */
function isInternalPath(link: string): boolean {
  return /^\/(?![/\\])/.test(link);
}

export async function NotificationItem({ row, now, markRead, fallbackFocus }: Props) {
  const [t, ts, format, locale] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("tickets.statuses"),
    getFormatter(),
    getLocale(),
  ]);
  const unread = row.readAt === null;
  const rowId = `notification-${row.id}`;
  const textId = `${rowId}-text`;
  // A kind added later (or removed) still shows something readable instead of a raw key.
  const key = notificationMessageKey(row.kind, row.params, (k) => t.has(k));
  const statusLabel = (status: string) => (ts.has(status) ? ts(status) : status);
  const text = t(key, paramsForReader(row.params, locale, statusLabel));
  return (
    <li id={rowId} tabIndex={-1} className={`${ROW} ${unread ? ROW_UNREAD : "border-l-transparent"}`}>
      <div className="min-w-0 flex-1">
        <p className="text-sm">
          <span
            className={`${BADGE} ${unread ? "bg-brand-600 font-semibold text-white" : "bg-slate-100 text-slate-600"}`}
          >
            {unread ? t("unread") : t("read")}
          </span>
          <span id={textId} className={unread ? "font-semibold text-slate-900" : "text-slate-700"}>
            {text}
          </span>
        </p>
        <p className="mt-1 text-xs text-slate-500">
          <time dateTime={row.createdAt.toISOString()}>
            {t("receivedAt", {
              relative: format.relativeTime(row.createdAt, now),
              absolute: format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </time>
          {isInternalPath(row.link) ? (
            <>
              {" · "}
              <Link href={row.link} aria-describedby={textId} className="text-brand-600 underline">
                {t("open")}
              </Link>
            </>
          ) : null}
        </p>
      </div>
      <MarkReadButton
        action={markRead}
        id={row.id}
        read={!unread}
        describedBy={textId}
        focusTargets={[rowId, fallbackFocus]}
      />
    </li>
  );
}
