"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localized } from "@/components/ui/localized";
import { showTicketEvents } from "./shown-events";
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

/** The parts of a ticket's page that a step changes, rendered by the server for the step's answer. */
export const TICKET_PARTS = ["heading", "outcome", "details", "actions", "history"] as const;
export type TicketPartName = (typeof TICKET_PARTS)[number];

/**
 * What a step (accept, resolve …) answers instead of the whole page: the ticket's new version, its
 * changed parts, and its latest timeline entries (the page adds those it does not show yet).
 */
export type StepAnswer = {
  version: number;
  parts: Record<TicketPartName, ReactNode>;
  entries: { id: string; node: ReactNode }[];
};

type TicketPageState = {
  events: PostedEvent[];
  post: (event: PostedEvent) => void;
  applyStep: (answer: StepAnswer) => void;
  /** The step's parts while they are newer than the server's render of the page. */
  step: StepAnswer | null;
  known: ReadonlySet<string>;
};
const TicketPageContext = createContext<TicketPageState | null>(null);

/**
 * What a ticket page keeps across the server's renders. A comment's action answers with the new
 * event only and a step's with the parts it changed, not the whole page again; events the server's
 * timeline already holds (`known`) are not shown twice, and once the server renders the page at the
 * step's version or later (a live update, a reload) its render is shown again.
 */
export function TicketPageProvider({
  known,
  version,
  children,
}: {
  known: string[];
  version: number;
  children: ReactNode;
}) {
  const [events, setEvents] = useState<PostedEvent[]>([]);
  const [answer, setAnswer] = useState<StepAnswer | null>(null);
  const post = useCallback((event: PostedEvent) => setEvents((list) => [...list, event]), []);
  const applyStep = useCallback((next: StepAnswer) => setAnswer(next), []);
  const step = answer && answer.version > version ? answer : null;
  const value = useMemo(
    () => ({ events, post, applyStep, step, known: new Set(known) }),
    [events, post, applyStep, step, known],
  );
  // The live-update stream need not reload the page for events it shows already.
  useEffect(() => {
    showTicketEvents([...known, ...events.map((e) => e.id), ...(step?.entries.map((e) => e.id) ?? [])]);
    return () => showTicketEvents([]);
  }, [known, events, step]);
  return <TicketPageContext.Provider value={value}>{children}</TicketPageContext.Provider>;
}

/** Adds an event to the page's timeline; a no-op outside a ticket page. */
export function usePostEvent(): (event: PostedEvent) => void {
  return useContext(TicketPageContext)?.post ?? noop;
}

/** Shows a step's answer on the page; a no-op outside a ticket page. */
export function useApplyStep(): (answer: StepAnswer) => void {
  return useContext(TicketPageContext)?.applyStep ?? noop;
}
const noop = () => {};

/** A part of the ticket's page: the server's render, or a newer step's. */
export function TicketPart({ name, children }: { name: TicketPartName; children: ReactNode }) {
  const step = useContext(TicketPageContext)?.step;
  return <>{step ? step.parts[name] : children}</>;
}

/** The events written on this page since it was rendered, as entries after the server's timeline. */
export function PostedEvents() {
  const posted = useContext(TicketPageContext);
  const t = useTranslations("tickets");
  const format = useFormatter();
  const locale = useLocale();
  if (!posted) return null;
  // A step's latest entries first (they may include comments posted here before it), then the
  // comments and notes posted since, each event once.
  const fromStep = (posted.step?.entries ?? []).filter((e) => !posted.known.has(e.id));
  const shown = new Set([...posted.known, ...fromStep.map((e) => e.id)]);
  return [
    ...fromStep.map((e) => e.node),
    ...posted.events
      .filter((e) => !shown.has(e.id))
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
      )),
  ];
}
