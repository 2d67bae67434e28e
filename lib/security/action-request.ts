// A screen in front of Next's server-action decoder. Next answers 500 to every request its decoder
// throws on, and to a body over the limit (the proxy's copy is cut at its own limit, and the cut body
// then fails to parse). The portal's own pages only ever send the few shapes checked here, so the
// screen answers 413 or 400 for the rest before the decoder sees them; it never rewrites a request.
import { ACTION_BODY_LIMIT_BYTES } from "./body-limit.ts";

export type Refusal = 400 | 403 | 413;

/** Whether Next would try to decode this request as a server action: a fetch action or a multipart post. */
export function isActionCandidate(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  return headers.has("next-action") || isMultipart(headers.get("content-type"));
}

// As Next tells them apart: case and parameters as sent, a missing boundary included.
const isMultipart = (contentType: string | null) => (contentType ?? "").startsWith("multipart/form-data");

/** What the headers alone settle: the declared size, and the origin Next compares with the host. */
export function screenActionHeaders(headers: Headers): Refusal | null {
  const length = headers.get("content-length");
  if (length !== null && (!/^\d+$/.test(length.trim()) || Number(length) > ACTION_BODY_LIMIT_BYTES)) return 413;
  const origin = headers.get("origin");
  if (origin !== null) {
    // Next reads the origin with `new URL` (throws on garbage) and refuses one of another host than
    // x-forwarded-host or host, both with a 500: mirrored here exactly, so a 4xx comes out instead.
    let originHost: string;
    try {
      originHost = origin === "null" ? "null" : new URL(origin).host;
    } catch {
      return 400;
    }
    const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
    const host = forwarded || headers.get("host");
    if (!host || originHost !== host) return 403;
  }
  return null;
}

/** Reads a body up to the limit; null when it is longer. */
export async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  limit = ACTION_BODY_LIMIT_BYTES,
): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The body's verdict: 400 when Next's decoder would throw on it, else null. */
export async function screenActionBody(headers: Headers, body: Uint8Array): Promise<Refusal | null> {
  const contentType = headers.get("content-type") ?? "";
  const isFetch = headers.has("next-action");
  if (!isMultipart(contentType)) {
    // A fetch action's reply sent as one string is its root row.
    return isFetch && !validRows(new Map([["0", new TextDecoder().decode(body)]]), isArgumentList) ? 400 : null;
  }
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType } }).formData();
  } catch {
    return 400;
  }
  if (isFetch) return validReply(form, "", isArgumentList) ? null : 400;
  // A form posted before the page's script ran: a bound action's metadata travels in rows of its own.
  for (const key of form.keys()) {
    const ref = /^\$ACTION_REF_(.*)$/.exec(key);
    if (ref && !validReply(form, `$ACTION_${ref[1]}:`, isBoundAction)) return 400;
  }
  return null;
}

/** Next applies a fetch action's root row as its argument list, refusing more than a thousand. */
const MAX_ARGUMENTS = 1000;
type RootCheck = (root: unknown, rows: Map<string, unknown>) => boolean;
const isArgumentList: RootCheck = (root) => Array.isArray(root) && root.length <= MAX_ARGUMENTS;

/** A bound action's metadata: its id, and its bound arguments (none, or a promise of a list). */
const isBoundAction: RootCheck = (root, rows) => {
  if (!root || typeof root !== "object" || Array.isArray(root)) return false;
  const { id, bound } = root as { id?: unknown; bound?: unknown };
  if (typeof id !== "string") return false;
  if (bound === null) return true;
  const promised = typeof bound === "string" ? /^\$@([0-9a-f]+)$/.exec(bound) : null;
  return promised !== null && isArgumentList(rows.get(String(parseInt(promised[1]!, 16))), rows);
};

/** The rows of one reply (fields named prefix + a number) and whether React can decode them. */
function validReply(form: FormData, prefix: string, rootCheck: RootCheck): boolean {
  const rows = new Map<string, string>();
  for (const [key, value] of form.entries()) {
    if (!key.startsWith(prefix)) continue;
    const id = key.slice(prefix.length);
    // React reads any key that is a number to JavaScript (" 1", "0x1", "1e0", "S1") as a row; the
    // browser only ever sends plain decimal ones, and FormData parts as "<n>_name".
    const name = id.startsWith("S") ? id.slice(1) : id;
    if (/^\d+$/.test(name)) {
      if (typeof value !== "string" || id !== name || rows.has(name)) return false;
      rows.set(name, value);
    } else if (name.trim() === "" || Number.isFinite(Number(name))) {
      return false;
    }
  }
  return validRows(rows, rootCheck);
}

const MAX_DEPTH = 64;
/**
 * React refuses a reply whose nested arrays hold more than a million slots (escaped text and big
 * integers count by their length); no form comes near a tenth of that.
 */
const MAX_ARRAY_SLOTS = 100_000;

/** The root row is there and of its shape, every row parses as JSON, every `$` string in one resolves. */
function validRows(rows: Map<string, string>, rootCheck: RootCheck): boolean {
  const parsed = new Map<string, unknown>();
  for (const [id, text] of rows) {
    try {
      parsed.set(id, JSON.parse(text));
    } catch {
      return false;
    }
  }
  let slots = 0;
  const walk = (value: unknown, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    if (typeof value === "string") {
      if (value[0] !== "$") return true;
      slots += value.length;
      return slots <= MAX_ARRAY_SLOTS && validReference(value, parsed);
    }
    if (Array.isArray(value)) {
      slots += value.length;
      return slots <= MAX_ARRAY_SLOTS && value.every((v) => walk(v, depth + 1));
    }
    if (value && typeof value === "object") {
      return Object.entries(value).every(([k, v]) => k !== "__proto__" && walk(v, depth + 1));
    }
    return true;
  };
  if (!parsed.has("0") || !rootCheck(parsed.get("0"), parsed)) return false;
  return [...parsed.values()].every((value) => walk(value, 0));
}

/**
 * The references the browser's encoder writes for the values the portal's forms send: escaped text,
 * form data, undefined and the special numbers, dates, big integers, opaque values, and rows written
 * once and referenced again (with a path into them), a form action's bound arguments. Maps, sets,
 * iterators, blobs, typed arrays, streams and server references never occur in the portal's actions.
 */
function validReference(value: string, rows: Map<string, unknown>): boolean {
  if (value.startsWith("$$") || /^\$K[0-9a-f]+$/.test(value)) return true;
  if (["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"].includes(value)) return true;
  if (value === "$T" || value.startsWith("$D")) return true;
  if (/^\$n-?\d{1,300}$/.test(value)) return true;
  // The form action React renders before hydration sends its bound arguments as a promise ("$@1").
  const promised = /^\$@([0-9a-f]+)$/.exec(value);
  if (promised) return rows.has(String(parseInt(promised[1]!, 16)));
  const outlined = /^\$([0-9a-f]+)((?::[^:]*)*)$/.exec(value);
  if (!outlined) return false;
  let target = rows.get(String(parseInt(outlined[1]!, 16)));
  if (target === undefined) return false;
  for (const step of outlined[2]!.split(":").slice(1)) {
    if (target === null || typeof target !== "object" || !Object.hasOwn(target, step)) return false;
    target = (target as Record<string, unknown>)[step];
  }
  return true;
}
