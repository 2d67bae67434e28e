import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/ui/localized";
import { EmptyState } from "@/components/ui/section";
import type { TicketListRow } from "@/lib/tickets/list";
import { Deadline } from "./deadline";
import { StatusBadge } from "./status-badge";

/** The ticket list: a table on wide screens that scrolls sideways on phones; one enterprise's list leaves out its name. */
export async function TicketTable({
  rows,
  now,
  showEnterprise = true,
}: {
  rows: TicketListRow[];
  now: Date;
  showEnterprise?: boolean;
}) {
  const [t, tc, tp, locale] = await Promise.all([
    getTranslations("tickets"),
    getTranslations("sla.categories"),
    getTranslations("sla.priorities"),
    getLocale(),
  ]);
  if (rows.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">{t("listCaption")}</caption>
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("fields.number")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("fields.title")}
            </th>
            {showEnterprise ? (
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("fields.enterprise")}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("fields.status")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("fields.deadline")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("fields.assignee")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-3 font-mono text-xs">{row.number}</td>
              <th scope="row" className="py-2 pr-3 font-medium">
                <Link href={`/tickets/${row.id}`} className="text-brand-600 hover:underline">
                  {row.title}
                </Link>
                <div className="mt-0.5 text-xs font-normal text-slate-500">
                  {tc(row.category)} · {tp(row.priority)}
                  {row.escalatedAt || row.flaggedForChief ? (
                    <span className="ml-1 rounded bg-rose-100 px-1 text-rose-800">{t("flagged")}</span>
                  ) : null}
                </div>
              </th>
              {showEnterprise ? (
                <td className="py-2 pr-3">{localized(locale, row.enterprise.name, row.enterprise.nameEn)}</td>
              ) : null}
              <td className="py-2 pr-3">
                <StatusBadge status={row.status} />
              </td>
              <td className="py-2 pr-3">
                <Deadline dueAt={row.dueAt} now={now} />
              </td>
              <td className="py-2">
                {row.assignee ? (
                  localized(locale, row.assignee.name, row.assignee.nameEn)
                ) : (
                  <span className="text-amber-700">{t("unassigned")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
