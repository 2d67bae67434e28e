import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/ui/localized";
import type { getTicketForUser } from "@/lib/tickets/queries";

type Event = NonNullable<Awaited<ReturnType<typeof getTicketForUser>>>["events"][number];
type EventData = { rating?: number; toName?: string; toNameEn?: string; department?: string; departmentEn?: string };

const INTERNAL = "border-amber-300 bg-amber-50";

/** The ticket's history, oldest first. Liaisons' queries never contain internal events at all. */
export async function Timeline({ events }: { events: Event[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("tickets"), getFormatter(), getLocale()]);
  const describe = (e: Event): string => {
    const data = (e.data ?? {}) as EventData;
    switch (e.kind) {
      case "STATUS_CHANGED":
        return t("events.statusChanged", { status: t(`statuses.${e.toStatus ?? "SUBMITTED"}`) });
      case "REASSIGNED":
        return t("events.reassigned", { name: localized(locale, data.toName ?? "", data.toNameEn) });
      case "HELP_REQUESTED":
        return t("events.helpRequested", { department: localized(locale, data.department ?? "", data.departmentEn) });
      case "RATED":
        return t("events.rated", { rating: data.rating ?? 0 });
      default:
        return t(`events.${e.kind}`);
    }
  };
  return (
    <ol className="space-y-3" aria-label={t("timeline")}>
      {events.map((e) => (
        <li
          key={e.id}
          className={`rounded-md border p-3 text-sm ${e.visibility === "INTERNAL" ? INTERNAL : "border-slate-200 bg-white"}`}
          data-testid={e.visibility === "INTERNAL" ? "internal-event" : "public-event"}
        >
          <div className="flex flex-wrap items-baseline gap-x-2 text-slate-600">
            <span className="font-medium text-slate-900">{localized(locale, e.actor.name, e.actor.nameEn)}</span>
            <span>{describe(e)}</span>
            {e.visibility === "INTERNAL" ? (
              <span className="rounded bg-amber-200 px-1 text-xs text-amber-900">{t("internalOnly")}</span>
            ) : null}
            <time className="ml-auto text-xs" dateTime={e.createdAt.toISOString()}>
              {format.dateTime(e.createdAt, {
                year: "numeric",
                month: "numeric",
                day: "numeric",
                hour: "2-digit",
                minute: "2-digit",
              })}
            </time>
          </div>
          {e.body ? <p className="mt-1 whitespace-pre-wrap text-slate-800">{e.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}
