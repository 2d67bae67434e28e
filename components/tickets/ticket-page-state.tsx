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
};
const TicketPageContext = createContext<TicketPageState | null>(null);

/**
 * What a ticket page keeps across the server's refreshes: the comments and notes written on it until
 * the server renders them (a comment's action answers with the new event only, not the whole page
 * again; events the server's timeline already holds, `known`, are not shown twice).
 */
export function TicketPageProvider({ known, children }: { known: string[]; children: React.ReactNode }) {
  const [events, setEvents] = useState<PostedEvent[]>([]);
  const post = useCallback((event: PostedEvent) => setEvents((list) => [...list, event]), []);
  const value = useMemo(() => ({ events, post, known: new Set(known) }), [events, post, known]);
  return <TicketPageContext.Provider value={value}>{children}</TicketPageContext.Provider>;
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
