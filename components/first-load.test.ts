import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(import.meta.dirname, "..");

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.join(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const files = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")];
  return files.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/**
 * The packages reached by static imports from the given files, through the project's own files:
 * what a page's first load may carry. `import()` and type-only imports load nothing up front.
 */
function packagesReachedFrom(entries: string[]): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = entries.map((entry) => path.join(ROOT, entry));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\b(?!\s+type\b)[^;]*?\bfrom\s+"([^"]+)"/gm)) {
      const local = resolveLocal(file, specifier!);
      if (local) queue.push(local);
      else if (!specifier!.startsWith(".") && !specifier!.startsWith("@/")) packages.add(specifier!);
    }
  }
  return packages;
}

describe("first loads", () => {
  it("of every page carry neither next-auth's browser client nor sonner: each is 10 KB gzipped", () => {
    const packages = packagesReachedFrom(["app/layout.tsx", "app/(portal)/layout.tsx"]);
    expect(packages).toContain("next-intl");
    expect(packages).not.toContain("next-auth/react");
    expect(packages).not.toContain("sonner");
  });

  it("of the chief's dashboard do not carry recharts, over 100 KB gzipped: the charts follow", () => {
    const packages = packagesReachedFrom(["app/(portal)/chief/page.tsx"]);
    expect(packages).toContain("lucide-react");
    expect(packages).not.toContain("recharts");
  });
});
