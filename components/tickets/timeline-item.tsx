/** One entry of a ticket's timeline, given its texts; shared by the server's timeline and what a page just posted. */
export function TimelineItem(props: {
  internal: boolean;
  internalLabel: string;
  actor: string;
  what: string;
  at: Date;
  when: string;
  body: string | null;
}) {
  return (
    <li
      className={`rounded-md border p-3 text-sm ${props.internal ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}
      data-testid={props.internal ? "internal-event" : "public-event"}
    >
      <div className="flex flex-wrap items-baseline gap-x-2 text-slate-600">
        <span className="font-medium text-slate-900">{props.actor}</span>
        <span>{props.what}</span>
        {props.internal ? (
          <span className="rounded bg-amber-200 px-1 text-xs text-amber-900">{props.internalLabel}</span>
        ) : null}
        <time className="ml-auto text-xs" dateTime={props.at.toISOString()}>
          {props.when}
        </time>
      </div>
      {props.body ? <p className="mt-1 whitespace-pre-wrap text-slate-800">{props.body}</p> : null}
    </li>
  );
}

/** How a timeline entry's time is written. */
export const TIMELINE_TIME = {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
} as const;
