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
export const TICKET_PARTS = ["heading", "outcome", "details", "actions", "routing", "followUp"] as const;
export type TicketPartName = (typeof TICKET_PARTS)[number];

type Entry = { id: string; node: ReactNode };

/**
 * What a step (accept, resolve …) answers instead of the whole page: the ticket's new version, its
 * changed parts, and its latest timeline and history entries (the page adds those it does not show
 * yet). The history is not sent whole: it grows with every step the ticket ever took. A part left
 * out is shown as the page last had it.
 */
export type StepAnswer = {
  version: number;
  parts: Partial<Record<TicketPartName, ReactNode>>;
  /** Oldest first, as the timeline reads. */
  entries: Entry[];
  /** Newest first, as the history reads. */
  history: Entry[];
};

type TicketPageState = {
  events: PostedEvent[];
  post: (event: PostedEvent) => void;
  applyStep: (answer: StepAnswer) => void;
  /** The steps' answers newer than the server's render of the page, oldest first. */
  fresh: StepAnswer[];
  /** The ticket's version as the page last learnt it: the server's render or a newer step's answer. */
  version: number;
  /** Timeline entries the steps answered with since the server's render, oldest first. */
  stepEntries: Entry[];
  /** History entries the steps answered with since the server's render, newest first. */
  stepHistory: Entry[];
  known: ReadonlySet<string>;
  knownHistory: ReadonlySet<string>;
};
const TicketPageContext = createContext<TicketPageState | null>(null);

/**
 * What a ticket page keeps across the server's renders. A comment's action answers with the new
 * event only and a step's with the parts it changed, not the whole page again; entries the server's
 * render already holds (`known`, `knownHistory`) are not shown twice, and once the server renders
 * the page at a step's version or later (a live update, a reload) its render is shown again.
 */
export function TicketPageProvider({
  known,
  knownHistory,
  version,
  children,
}: {
  known: string[];
  knownHistory: string[];
  version: number;
  children: ReactNode;
}) {
  const [events, setEvents] = useState<PostedEvent[]>([]);
  const [answers, setAnswers] = useState<StepAnswer[]>([]);
  const post = useCallback((event: PostedEvent) => setEvents((list) => [...list, event]), []);
  const applyStep = useCallback((next: StepAnswer) => setAnswers((list) => [...list, next]), []);
  const value = useMemo(() => {
    // Each answer carries only the latest entries, so the entries of every step taken since the
    // server's render are kept, each once.
    const fresh = answers.filter((a) => a.version > version).sort((a, b) => a.version - b.version);
    return {
      events,
      post,
      applyStep,
      fresh,
      version: fresh.at(-1)?.version ?? version,
      stepEntries: uniqueEntries(fresh.flatMap((a) => a.entries)),
      stepHistory: uniqueEntries([...fresh].reverse().flatMap((a) => a.history)),
      known: new Set(known),
      knownHistory: new Set(knownHistory),
    };
  }, [events, post, applyStep, answers, version, known, knownHistory]);
  const { stepEntries } = value;
  // The live-update stream need not reload the page for events it shows already.
  useEffect(() => {
    showTicketEvents([...known, ...events.map((e) => e.id), ...stepEntries.map((e) => e.id)]);
    return () => showTicketEvents([]);
  }, [known, events, stepEntries]);
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

function uniqueEntries(entries: Entry[]): Entry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    if (seen.has(e.id)) return false;
    seen.add(e.id);
    return true;
  });
}

/** The version of the ticket the page knows; undefined outside a ticket page. */
export function useTicketVersion(): number | undefined {
  return useContext(TicketPageContext)?.version;
}

/** A part of the ticket's page: the latest step's answer that carries it, or the server's render. */
export function TicketPart({ name, children }: { name: TicketPartName; children: ReactNode }) {
  const fresh = useContext(TicketPageContext)?.fresh ?? [];
  const latest = fresh.findLast((answer) => name in answer.parts);
  return <>{latest ? latest.parts[name] : children}</>;
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
  const fromStep = posted.stepEntries.filter((e) => !posted.known.has(e.id));
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

/** History entries the steps taken on this page answered with, before the server's rendered ones. */
export function StepHistory() {
  const state = useContext(TicketPageContext);
  if (!state) return null;
  return state.stepHistory.filter((e) => !state.knownHistory.has(e.id)).map((e) => e.node);
}
