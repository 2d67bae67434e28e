import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/ui/localized";
import type { getTicketForUser } from "@/lib/tickets/queries";
import { PostedEvents } from "./ticket-page-state";
import { TIMELINE_TIME, TimelineItem } from "./timeline-item";

type Event = NonNullable<Awaited<ReturnType<typeof getTicketForUser>>>["events"][number];
type EventData = { rating?: number; toName?: string; toNameEn?: string; department?: string; departmentEn?: string };

/** Timeline entries for events, each with its id: the page's timeline, and a step's answer adds them. */
export async function timelineEntries(events: readonly Event[]): Promise<{ id: string; node: ReactNode }[]> {
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
  return events.map((e) => ({
    id: e.id,
    node: (
      <TimelineItem
        key={e.id}
        internal={e.visibility === "INTERNAL"}
        internalLabel={t("internalOnly")}
        actor={localized(locale, e.actor.name, e.actor.nameEn)}
        what={describe(e)}
        at={e.createdAt}
        when={format.dateTime(e.createdAt, TIMELINE_TIME)}
        body={e.body}
      />
    ),
  }));
}

/** The ticket's history, oldest first. Liaisons' queries never contain internal events at all. */
export async function Timeline({ events }: { events: Event[] }) {
  const [t, entries] = await Promise.all([getTranslations("tickets"), timelineEntries(events)]);
  return (
    <ol className="space-y-3" aria-label={t("timeline")}>
      {entries.map((entry) => entry.node)}
      <PostedEvents />
    </ol>
  );
}
