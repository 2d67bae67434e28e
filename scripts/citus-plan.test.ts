import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// docs/deploy.md, "A province on Citus", sorts every model into one group. A model added to the
// schema must be placed there, and the first group must stay exactly the models that carry bureauId.
const root = path.resolve(import.meta.dirname, "..");
const schema = readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");
const doc = readFileSync(path.join(root, "docs", "deploy.md"), "utf8");

const models = new Map(
  [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map((m) => [m[1]!, /^\s+bureauId\s/m.test(m[2]!)]),
);

function planGroups(): Map<string, string[]> {
  const section = doc.split("## A province on Citus")[1]?.split(/\n## /)[0] ?? "";
  const groups = new Map<string, string[]>();
  for (const row of section.matchAll(/^\| ([^|]+?) \| ([A-Z][A-Za-z, ]+?) \| [^|]+ \|$/gm)) {
    groups.set(
      row[1]!.trim(),
      row[2]!.split(",").map((name) => name.trim()),
    );
  }
  return groups;
}

describe("the Citus plan in docs/deploy.md", () => {
  const groups = planGroups();
  const placed = [...groups.values()].flat();

  it("places every model of the schema exactly once, and nothing else", () => {
    expect(groups.size).toBe(4);
    expect([...placed].sort()).toEqual([...models.keys()].sort());
    expect(new Set(placed).size).toBe(placed.length);
  });

  it("distributes by bureauId exactly the models that carry the column", () => {
    const withColumn = [...models].filter(([, has]) => has).map(([name]) => name);
    expect([...(groups.get("distributed by `bureauId`") ?? [])].sort()).toEqual(withColumn.sort());
  });
});
