import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canReadOwnNotifications } from "@/lib/notifications/policy";
import { listNotifications } from "@/lib/notifications/queries";
import { listQuerySchema } from "@/lib/notifications/schemas";
import { clock } from "@/lib/time/clock";
import { MarkAllReadButton } from "@/components/notifications/mark-read-forms";
import { NotificationItem } from "@/components/notifications/notification-item";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/section";
import { markAllReadAction, markReadAction } from "./actions";

const SUMMARY_ID = "notifications-summary";
const TAB = "rounded px-3 py-1.5";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission(canReadOwnNotifications);
  const query = listQuerySchema.parse(await searchParams);
  const now = clock.now();
  const [t, list] = await Promise.all([
    getTranslations("notifications"),
    listNotifications(user, { page: query.page, unreadOnly: query.unread }),
  ]);
  const filters = [
    { href: "/notifications", label: t("filterAll"), current: !query.unread },
    { href: "/notifications?unread=1", label: t("filterUnread"), current: query.unread },
  ];
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
          {/* A live region: after marking read, screen readers hear the new counts. */}
          <p
            id={SUMMARY_ID}
            tabIndex={-1}
            role="status"
            className="mt-1 text-sm text-slate-600"
            data-testid="notifications-summary"
          >
            {t("summary", { unread: list.unread })}
          </p>
        </div>
        {list.unread > 0 ? (
          <MarkAllReadButton action={markAllReadAction} before={now.toISOString()} focusTargets={[SUMMARY_ID]} />
        ) : null}
      </div>
      <nav aria-label={t("filterLabel")} className="mb-3 flex gap-1 text-sm">
        {filters.map((f) => (
          <Link
            key={f.href}
            href={f.href}
            aria-current={f.current ? "page" : undefined}
            className={`${TAB} ${f.current ? "bg-brand-100 font-semibold text-brand-900" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="notifications-list-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="notifications-list-title" className="sr-only">
          {t("listCaption")}
        </h2>
        {list.rows.length === 0 ? (
          <EmptyState>
            {query.unread ? (
              <>
                {t("emptyUnread")}{" "}
                <Link href="/notifications" className="text-brand-600 underline">
                  {t("showAll")}
                </Link>
              </>
            ) : (
              t("empty")
            )}
          </EmptyState>
        ) : (
          <ul>
            {list.rows.map((row) => (
              <NotificationItem key={row.id} row={row} now={now} markRead={markReadAction} fallbackFocus={SUMMARY_ID} />
            ))}
          </ul>
        )}
        <Pagination
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          basePath="/notifications"
          query={{ unread: query.unread ? "1" : undefined }}
        />
      </section>
    </>
  );
}
