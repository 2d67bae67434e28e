import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

// axe-core is injected into the page and run there, which works on any Node version Playwright runs on.
const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
// WCAG 2.1 A and AA rules. Serious and critical violations fail a test; moderate and minor ones are
// recorded as annotations on the test, to be fixed without blocking.
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
export const BLOCKING = new Set(["serious", "critical"]);
export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** The violations on the page, or only inside the elements that `include` selects. */
export async function axeViolations(page: Page, include?: string[]): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  const found = await page.evaluate(
    async ({ tags, include }) => {
      type Raw = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
      type Axe = { run: (ctx: unknown, opts: object) => Promise<{ violations: Raw[] }> };
      const axe = (window as unknown as { axe: Axe }).axe;
      const context = include ? { include: include.map((selector) => [selector]) } : document;
      const result = await axe.run(context, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    },
    { tags: AXE_TAGS, include },
  );
  return found.map((v) => ({ ...v, nodes: v.nodes.slice(0, 5) }));
}
