import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientNamespaces } from "./client-needs.ts";
import {
  addedNamespaces,
  CORE_NAMESPACES,
  namespacesFor,
  pickMessages,
  SEGMENT_NAMESPACES,
  type Segment,
} from "./client-messages.ts";

const root = path.resolve(import.meta.dirname, "../..");
const app = path.join(root, "app");
const known = new Set(
  readdirSync(path.join(root, "messages/zh-CN")).flatMap((f) =>
    Object.keys(JSON.parse(readFileSync(path.join(root, "messages/zh-CN", f), "utf8")) as object),
  ),
);

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /^(page|layout|error|not-found|forbidden|global-error)\.tsx$/.test(name) ? [full] : [];
  });
}

/** What a route file's browser components are sent: the core, and the segments above it. */
function sentTo(file: string): Set<string> {
  const relative = path.relative(app, path.dirname(file)).split(path.sep);
  const sent = new Set<string>(CORE_NAMESPACES);
  for (let i = 1; i <= relative.length; i++) {
    const segment = relative.slice(0, i).join("/") as Segment;
    for (const n of SEGMENT_NAMESPACES[segment] ?? []) sent.add(n);
  }
  return sent;
}

describe("messages sent to the browser", () => {
  it("cover every namespace the browser components of each page read", { timeout: 60_000 }, () => {
    const files = routeFiles(app);
    expect(files.length).toBeGreaterThan(40);
    const missing = files.flatMap((file) => {
      const sent = sentTo(file);
      const lacking = [...clientNamespaces(root, file, known)].filter((n) => !sent.has(n));
      return lacking.length ? [`${path.relative(app, file)}: ${lacking.join(", ")}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it("are only those some page of the segment reads, so that a list page is not sent its forms' messages", () => {
    const unread = Object.entries(SEGMENT_NAMESPACES).flatMap(([segment, names]) => {
      const read = new Set(
        routeFiles(path.join(app, segment)).flatMap((file) => [...clientNamespaces(root, file, known)]),
      );
      const extra = names.filter((n) => !read.has(n));
      return extra.length ? [`${segment}: ${extra.join(", ")}`] : [];
    });
    expect(unread).toEqual([]);
    // The ticket queue reads nothing beyond the core; its record page is sent "tickets".
    expect(sentTo(path.join(app, "(portal)/tickets/page.tsx")).has("tickets")).toBe(false);
    expect(sentTo(path.join(app, "(portal)/tickets/[id]/page.tsx")).has("tickets")).toBe(true);
  });

  it("sends a nested segment's pages the namespaces of the segments above it too", () => {
    expect(namespacesFor("(portal)/tickets/[id]")).toEqual([
      ...CORE_NAMESPACES,
      "enterprisePicker",
      "attachments",
      "tickets",
    ]);
    expect(namespacesFor()).toEqual([...CORE_NAMESPACES]);
  });

  it("has each segment's provider add only what the providers above it did not send", () => {
    expect(addedNamespaces("(portal)/tickets")).toEqual(["enterprisePicker"]);
    expect(addedNamespaces("(portal)/tickets/[id]")).toEqual(["attachments", "tickets"]);
    // Along the chain of providers a page sits in, what they add is what the page is sent.
    for (const segment of Object.keys(SEGMENT_NAMESPACES) as Segment[]) {
      const parts = segment.split("/");
      const chain = parts.map((_, i) => parts.slice(0, i + 1).join("/")).filter((s) => s in SEGMENT_NAMESPACES);
      const added = chain.flatMap((s) => addedNamespaces(s as Segment));
      expect(new Set(added).size, segment).toBe(added.length);
      expect([...CORE_NAMESPACES, ...added].sort(), segment).toEqual(namespacesFor(segment).sort());
    }
  });

  it("are given to each segment by a layout of its own", () => {
    for (const segment of Object.keys(SEGMENT_NAMESPACES)) {
      const layout = readFileSync(path.join(app, segment, "layout.tsx"), "utf8");
      expect(layout, segment).toContain(`<ClientMessages segment="${segment}">`);
    }
  });

  it("finds a namespace a browser component reads through its imports", () => {
    // The ticket page's action forms are browser components reading "tickets".
    const needs = clientNamespaces(root, path.join(app, "(portal)/tickets/[id]/page.tsx"), known);
    expect(needs.has("tickets")).toBe(true);
    expect(sentTo(path.join(app, "(portal)/audit/page.tsx")).has("tickets")).toBe(false);
  });

  it("picks only the named namespaces", () => {
    expect(pickMessages({ a: { x: "1" }, b: { y: "2" }, c: {} }, ["a", "c", "missing"])).toEqual({
      a: { x: "1" },
      c: {},
    });
  });
});
