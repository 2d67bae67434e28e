// Which message namespaces the browser needs on each page: found by following a page's imports
// to every module that runs in the browser ("use client" and what it imports) and reading the
// namespaces those modules name. Used by a test, never at run time.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const IMPORT = /(?:import|export)\s[^"']*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

function resolveImport(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  if (/\.(tsx?|json)$/.test(base) && existsSync(base)) return base.endsWith(".json") ? null : base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null;
}

type Module = { source: string; imports: string[]; client: boolean; actions: boolean };
const modules = new Map<string, Module>();

/** A module's text, the project files it imports and whether it declares itself a browser module; read once. */
function moduleAt(root: string, file: string): Module {
  let m = modules.get(file);
  if (!m) {
    const source = readFileSync(file, "utf8");
    const imports: string[] = [];
    for (const i of source.matchAll(IMPORT)) {
      const resolved = resolveImport(root, file, (i[1] ?? i[2])!);
      if (resolved) imports.push(resolved);
    }
    const head = source.slice(0, 200);
    m = {
      source,
      imports,
      client: /^\s*["']use client["']/m.test(head),
      actions: /^\s*["']use server["']/m.test(head),
    };
    modules.set(file, m);
  }
  return m;
}

/**
 * Namespaces a browser module may read: those it names in `useTranslations("…")`, the first part of
 * every literal that looks like a message key ("tickets.fields.title"), and, in a module that picks
 * its namespace at run time (`useTranslations(namespace)`), every literal naming one.
 */
function namespacesIn(source: string, known: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined) => name && known.has(name) && names.add(name);
  for (const m of source.matchAll(/useTranslations\(\s*["'`]([a-zA-Z]+)/g)) add(m[1]);
  for (const m of source.matchAll(/["'`]([a-zA-Z]+)\.[a-zA-Z][^"'`]*["'`]/g)) add(m[1]);
  for (const m of source.matchAll(/`([a-zA-Z]+)\.\$\{/g)) add(m[1]);
  if (/useTranslations\(\s*[a-zA-Z_$]/.test(source))
    for (const m of source.matchAll(/["'`]([a-zA-Z]+)["'`]/g)) add(m[1]);
  return [...names];
}

/**
 * The namespaces the browser modules reachable from `entry` read. A module runs in the browser when
 * it says "use client" or is imported by one that does. A page reaches nothing through a module of
 * server actions ("use server"): it only calls them. What an action answers with is a part of the
 * page it is taken on (a ticket's step, step-answer.tsx), which that page's own entry covers.
 */
export function clientNamespaces(root: string, entry: string, known: ReadonlySet<string>): Set<string> {
  const needed = new Set<string>();
  const seen = new Map<string, boolean>(); // file → visited as a browser module?
  const visit = (file: string, inBrowser: boolean) => {
    const before = seen.get(file);
    if (before === true || (before === false && !inBrowser)) return;
    seen.set(file, inBrowser);
    const m = moduleAt(root, file);
    const browser = inBrowser || m.client;
    if (browser) for (const n of namespacesIn(m.source, known)) needed.add(n);
    if (m.actions) return;
    for (const next of m.imports) visit(next, browser);
  };
  visit(entry, false);
  return needed;
}
