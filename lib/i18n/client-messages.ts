// The messages sent to the browser: every page gets the shell's few namespaces, and a route
// segment adds those its browser components read, so that no page carries the whole catalogue
// in its HTML. `client-messages.test.ts` follows each page's imports and fails when a browser
// component would read a namespace its page was not sent.

/** Namespaces every page's browser components may read (the shell, status words, errors). */
export const CORE_NAMESPACES = ["app", "common", "shell", "nav", "roles", "errors", "status"] as const;

/**
 * Extra namespaces per route segment (a folder under app/), for the pages below it. A segment is as
 * deep as the pages that need them: a list page whose browser components read only the core (the
 * ticket queue, the hazard list) is not sent what its record and form pages read.
 */
export const SEGMENT_NAMESPACES = {
  login: ["auth"],
  "reset/[token]": ["users"],
  "(portal)/account": ["account"],
  "(portal)/admin": ["organisation", "users", "validation"],
  "(portal)/advisories/new": ["advisories", "attachments", "enterprisePicker"],
  "(portal)/assignments": ["attachments", "tickets"],
  "(portal)/disputes/[id]": ["attachments", "disputes", "tickets"],
  "(portal)/disputes/new": ["disputes"],
  "(portal)/enterprises/[id]": ["assignments", "attachments", "enterprise", "organisation", "tickets", "users"],
  "(portal)/enterprises/import": ["enterprise", "enterpriseImport", "spreadsheet", "validation"],
  "(portal)/enterprises/new": ["enterprise"],
  "(portal)/hazards/[id]": ["attachments", "tickets"],
  "(portal)/hazards/new": ["attachments", "hazards"],
  "(portal)/notifications": ["notifications"],
  "(portal)/patrols": ["attachments", "hazards", "patrols", "tickets", "visits"],
  "(portal)/residency/[id]": ["attachments", "residency", "tickets"],
  "(portal)/residency/batch": ["attachments", "notifications", "residency", "spreadsheet", "validation"],
  "(portal)/residency/new": ["residency"],
  "(portal)/residency/slots": ["residency"],
  "(portal)/settings": ["account", "residency", "sla"],
  "(portal)/tickets": ["enterprisePicker"],
  "(portal)/tickets/[id]": ["attachments", "tickets"],
  "(portal)/tickets/new": ["attachments", "tickets"],
  "(portal)/visits/new": ["attachments", "hazards", "patrols", "visits"],
} as const satisfies Record<string, readonly string[]>;

export type Segment = keyof typeof SEGMENT_NAMESPACES;

/**
 * The namespaces a page below `segment` (or any page, without one) is sent: the core, the segment's
 * and those of the segments above it, each provider adding its own to those around it.
 */
export function namespacesFor(segment?: Segment): string[] {
  return namespacesBelow(segment);
}

function namespacesBelow(folder?: string): string[] {
  const names = new Set<string>(CORE_NAMESPACES);
  if (folder) {
    const parts = folder.split("/");
    for (let i = 1; i <= parts.length; i++) {
      for (const n of (SEGMENT_NAMESPACES as Record<string, readonly string[]>)[parts.slice(0, i).join("/")] ?? [])
        names.add(n);
    }
  }
  return [...names];
}

/**
 * The namespaces a segment's own provider adds to those the providers above it sent (the root's
 * core, the segments above): a page gets namespacesFor(segment) in all, and each message once.
 */
export function addedNamespaces(segment: Segment): string[] {
  const above = new Set(namespacesBelow(segment.split("/").slice(0, -1).join("/")));
  return namespacesFor(segment).filter((n) => !above.has(n));
}

/** The named top-level namespaces of a message catalogue. */
export function pickMessages<M extends Record<string, unknown>>(
  messages: M,
  namespaces: readonly string[],
): Partial<M> {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]])) as Partial<M>;
}
