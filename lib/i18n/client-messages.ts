// The messages sent to the browser: every page gets the shell's few namespaces, and a route
// segment adds those its browser components read, so that no page carries the whole catalogue
// in its HTML. `client-messages.test.ts` follows each page's imports and fails when a browser
// component would read a namespace its page was not sent.

/** Namespaces every page's browser components may read (the shell, status words, errors). */
export const CORE_NAMESPACES = ["app", "common", "shell", "nav", "roles", "errors", "status"] as const;

/** Extra namespaces per route segment (a folder under app/), for the pages below it. */
export const SEGMENT_NAMESPACES = {
  login: ["account", "auth", "enterprise", "validation"],
  reset: ["account", "enterprise", "users", "validation"],
  "(portal)/account": ["account"],
  "(portal)/admin": ["account", "auth", "enterprise", "organisation", "users", "validation"],
  "(portal)/advisories": ["account", "advisories", "attachments", "auth", "notifications", "validation"],
  "(portal)/assignments": ["attachments", "tickets"],
  "(portal)/disputes": [
    "account",
    "attachments",
    "auth",
    "disputes",
    "enterprise",
    "notifications",
    "tickets",
    "validation",
  ],
  "(portal)/enterprises": [
    "account",
    "assignments",
    "attachments",
    "auth",
    "enterprise",
    "enterpriseImport",
    "organisation",
    "spreadsheet",
    "tickets",
    "users",
    "validation",
  ],
  "(portal)/hazards": [
    "account",
    "attachments",
    "auth",
    "enterprise",
    "hazards",
    "notifications",
    "tickets",
    "validation",
  ],
  "(portal)/notifications": ["notifications"],
  "(portal)/patrols": [
    "account",
    "attachments",
    "auth",
    "enterprise",
    "hazards",
    "notifications",
    "patrols",
    "tickets",
    "validation",
    "visits",
  ],
  "(portal)/residency": [
    "attachments",
    "enterprise",
    "notifications",
    "residency",
    "spreadsheet",
    "tickets",
    "validation",
  ],
  "(portal)/settings": ["account", "auth", "enterprise", "residency", "sla", "validation"],
  "(portal)/tickets": ["account", "attachments", "auth", "enterprise", "notifications", "tickets", "validation"],
  "(portal)/visits": [
    "account",
    "attachments",
    "auth",
    "enterprise",
    "hazards",
    "notifications",
    "patrols",
    "validation",
    "visits",
  ],
} as const satisfies Record<string, readonly string[]>;

export type Segment = keyof typeof SEGMENT_NAMESPACES;

/** The namespaces a page below `segment` (or any page, without one) is sent. */
export function namespacesFor(segment?: Segment): string[] {
  return [...CORE_NAMESPACES, ...(segment ? SEGMENT_NAMESPACES[segment] : [])];
}

/** The named top-level namespaces of a message catalogue. */
export function pickMessages<M extends Record<string, unknown>>(
  messages: M,
  namespaces: readonly string[],
): Partial<M> {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]])) as Partial<M>;
}
