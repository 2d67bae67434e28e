import { getFormatter, getTranslations } from "next-intl/server";
import { isPastDue } from "@/lib/sla/deadlines";
import { clock } from "@/lib/time/clock";

/** The deadline that applies now, marked in words when it has passed. */
export async function Deadline({ dueAt, now = clock.now() }: { dueAt: Date | null; now?: Date }) {
  if (!dueAt) return <span className="text-slate-400">—</span>;
  const [t, format] = await Promise.all([getTranslations("tickets"), getFormatter()]);
  const overdue = isPastDue(dueAt, now);
  return (
    <span className={overdue ? "font-medium text-red-700" : "text-slate-700"}>
      <time dateTime={dueAt.toISOString()}>
        {format.dateTime(dueAt, { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" })}
      </time>
      {overdue ? <span className="ml-1 rounded bg-red-100 px-1 text-xs">{t("overdue")}</span> : null}
    </span>
  );
}
