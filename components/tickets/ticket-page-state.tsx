"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localized } from "@/components/ui/localized";
import { TIMELINE_TIME, TimelineItem } from "./timeline-item";

/** A comment or note just written on this page, as the action answered it. */
export type PostedEvent = {
  id: string;
  kind: "COMMENT" | "INTERNAL_NOTE";
  visibility: "PUBLIC" | "INTERNAL";
  body: string;
  createdAt: Date;
  actor: { name: string; nameEn: string };
};

type TicketPageState = {
  events: PostedEvent[];
  post: (event: PostedEvent) => void;
  known: ReadonlySet<string>;
  /** The last refusal of a step that the page's refresh may have taken away with its form. */
  refusal: string | null;
  setRefusal: (message: string | null) => void;
};
const TicketPageContext = createContext<TicketPageState | null>(null);

/**
 * What a ticket page keeps across the server's refreshes: the comments and notes written on it until
 * the server renders them (a comment's action answers with the new event only, not the whole page
 * again; events the server's timeline already holds, `known`, are not shown twice), and the last
 * refused step.
 */
export function TicketPageProvider({ known, children }: { known: string[]; children: React.ReactNode }) {
  const [events, setEvents] = useState<PostedEvent[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const post = useCallback((event: PostedEvent) => setEvents((list) => [...list, event]), []);
  const value = useMemo(
    () => ({ events, post, known: new Set(known), refusal, setRefusal }),
    [events, post, known, refusal],
  );
  return <TicketPageContext.Provider value={value}>{children}</TicketPageContext.Provider>;
}

/**
 * Where a refused step is reported on a ticket page, or null outside one. A refusal because someone
 * else changed the ticket refreshes the page, and the new state may no longer offer the step: its
 * form, and the message in it, would vanish, so the page says it where it stays.
 */
export function useReportRefusal(): ((message: string | null) => void) | null {
  return useContext(TicketPageContext)?.setRefusal ?? null;
}

/** The page's last refusal, read out at once, until dismissed or the next step goes through. */
export function RefusalNotice() {
  const posted = useContext(TicketPageContext);
  const t = useTranslations("tickets");
  if (!posted?.refusal) return null;
  return (
    <div
      role="alert"
      className="flex items-start gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
      data-testid="refusal-notice"
    >
      <p className="flex-1">{posted.refusal}</p>
      <button type="button" className="min-h-11 px-2 text-amber-900 underline" onClick={() => posted.setRefusal(null)}>
        {t("dismiss")}
      </button>
    </div>
  );
}

/** Adds an event to the page's timeline; a no-op outside a ticket page. */
export function usePostEvent(): (event: PostedEvent) => void {
  return useContext(TicketPageContext)?.post ?? noop;
}
const noop = () => {};

/** The events written on this page since it was rendered, as entries after the server's timeline. */
export function PostedEvents() {
  const posted = useContext(TicketPageContext);
  const t = useTranslations("tickets");
  const format = useFormatter();
  const locale = useLocale();
  if (!posted) return null;
  return posted.events
    .filter((e) => !posted.known.has(e.id))
    .map((e) => (
      <TimelineItem
        key={e.id}
        internal={e.visibility === "INTERNAL"}
        internalLabel={t("internalOnly")}
        actor={localized(locale, e.actor.name, e.actor.nameEn)}
        what={t(`events.${e.kind}`)}
        at={e.createdAt}
        when={format.dateTime(e.createdAt, TIMELINE_TIME)}
        body={e.body}
      />
    ));
}
