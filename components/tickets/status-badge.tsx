import { getTranslations } from "next-intl/server";
import type { TicketStatus } from "@/lib/domain/enums";

const TONE: Record<TicketStatus, string> = {
  SUBMITTED: "bg-sky-100 text-sky-900",
  ACCEPTED: "bg-indigo-100 text-indigo-900",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  RESOLVED: "bg-emerald-100 text-emerald-900",
  REOPENED: "bg-rose-100 text-rose-900",
  CLOSED: "bg-slate-200 text-slate-800",
  REJECTED: "bg-slate-200 text-slate-800",
  WITHDRAWN: "bg-slate-100 text-slate-600",
};

/** Status as text (never colour alone), tinted for scanning. */
export async function StatusBadge({ status }: { status: TicketStatus }) {
  const t = await getTranslations("tickets.statuses");
  return (
    <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${TONE[status]}`}>
      {t(status)}
    </span>
  );
}
