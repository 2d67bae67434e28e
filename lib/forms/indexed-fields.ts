/**
 * A form sends a repeatable group as flat fields named `<list>.<index>.<field>` (the names a field
 * error's path comes back as). This turns them into `{ <list>: [{ <field> }] }` in index order, so
 * one zod array schema validates every row and its errors land on the right inputs. Input without
 * such fields passes through untouched, so plain objects (tests, scripts) work the same way.
 */
export function nestIndexedFields(list: string) {
  const pattern = new RegExp(`^${list.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(\\d{1,3})\\.([A-Za-z][A-Za-z0-9]*)$`);
  return (value: unknown): unknown => {
    if (!value || typeof value !== "object" || Array.isArray(value)) return value;
    const rows = new Map<number, Record<string, unknown>>();
    const rest: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      const match = pattern.exec(key);
      if (!match) {
        rest[key] = field;
        continue;
      }
      const index = Number(match[1]);
      const row = rows.get(index) ?? {};
      row[match[2]!] = field;
      rows.set(index, row);
    }
    if (rows.size === 0) return value;
    return { ...rest, [list]: [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row) };
  };
}
