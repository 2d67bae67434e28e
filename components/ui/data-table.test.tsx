import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { DataTableView, type Column } from "./data-table-view";

type Row = { id: string; name: string; count: number };

const rows: Row[] = [
  { id: "a", name: "甲企业", count: 3 },
  { id: "b", name: "乙企业", count: 12 },
];

const columns: Column<Row>[] = [
  { key: "name", header: "企业", rowHeader: true, cell: (r) => r.name },
  {
    key: "count",
    header: "数量",
    align: "end",
    cell: (r) => r.count,
    sortable: { asc: "/list?sort=count&dir=asc", desc: "/list?sort=count&dir=desc" },
  },
  { key: "note", header: "备注", cell: () => "—" },
];

const labels = { sortedAscending: "升序排列", sortedDescending: "降序排列" };

function render(props: Partial<Parameters<typeof DataTableView<Row>>[0]> = {}) {
  const html = renderToStaticMarkup(
    <DataTableView
      caption="企业列表"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      empty="没有企业"
      labels={labels}
      {...props}
    />,
  );
  const doc = new DOMParserLite(html);
  return { html, doc };
}

/** Just enough of a parser for these assertions: tags with their attributes, in document order. */
class DOMParserLite {
  readonly tags: { name: string; attrs: Record<string, string>; index: number }[] = [];
  constructor(readonly html: string) {
    for (const match of html.matchAll(/<([a-z]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
      const attrs: Record<string, string> = {};
      for (const a of (match[2] ?? "").matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) attrs[a[1]!] = a[2] ?? "";
      this.tags.push({ name: match[1]!, attrs, index: match.index });
    }
  }
  all(name: string, where: Record<string, string> = {}) {
    return this.tags.filter((t) => t.name === name && Object.entries(where).every(([k, v]) => t.attrs[k] === v));
  }
}

describe("DataTableView", () => {
  it("has a caption, visually hidden by default", () => {
    const { html, doc } = render();
    expect(html).toMatch(/<caption class="sr-only">企业列表<\/caption>/);
    expect(render({ captionVisible: true }).html).not.toMatch(/<caption class="sr-only">/);
    expect(doc.all("table", { role: "table" })).toHaveLength(1);
  });

  it("heads every column with a th scope=col", () => {
    const { doc } = render();
    const headers = doc.all("th", { scope: "col" });
    expect(headers).toHaveLength(3);
    expect(headers.every((h) => h.attrs.role === "columnheader")).toBe(true);
  });

  it("names each row with a th scope=row in the rowHeader column", () => {
    const { html, doc } = render();
    const rowHeaders = doc.all("th", { scope: "row" });
    expect(rowHeaders).toHaveLength(2);
    expect(rowHeaders.every((h) => h.attrs.role === "rowheader" && h.attrs["data-label"] === "企业")).toBe(true);
    expect(html).toContain("甲企业");
    expect(doc.all("tr", { role: "row" })).toHaveLength(3);
  });

  it("renders each row once, every cell carrying its column's label for the card layout", () => {
    const { html, doc } = render();
    expect(html.split("乙企业")).toHaveLength(2);
    const cells = doc.all("td", { role: "cell" });
    expect(cells).toHaveLength(4);
    expect(cells.map((c) => c.attrs["data-label"])).toEqual(["数量", "备注", "数量", "备注"]);
    // The label is drawn by a ::before on phones only, with empty alternative text for screen readers:
    // one class per cell, defined once in the global stylesheet.
    expect(cells[0]!.attrs.class?.split(" ")).toContain("dt-cell");
    const css = readFileSync(path.resolve(import.meta.dirname, "../../app/globals.css"), "utf8");
    expect(/\.dt-cell \{[^}]*max-sm:before:content-\[attr\(data-label\)_\/_''\]/.test(css)).toBe(true);
  });

  it("marks the sorted column with aria-sort and an indicator, and links to the other direction", () => {
    const { html, doc } = render({ sort: { key: "count", dir: "asc" } });
    const sorted = doc.all("th", { "aria-sort": "ascending" });
    expect(sorted).toHaveLength(1);
    expect(doc.all("th").filter((t) => "aria-sort" in t.attrs)).toHaveLength(1);
    expect(html).toContain('href="/list?sort=count&amp;dir=desc"');
    expect(html).toContain("lucide-arrow-up");
    expect(html).toContain('<span class="sr-only"> 升序排列</span>');

    const desc = render({ sort: { key: "count", dir: "desc" } });
    expect(desc.doc.all("th", { "aria-sort": "descending" })).toHaveLength(1);
    expect(desc.html).toContain('href="/list?sort=count&amp;dir=asc"');
  });

  it("offers an unsorted sortable column without aria-sort, starting with its first direction", () => {
    const { html, doc } = render();
    expect(doc.all("th").filter((t) => "aria-sort" in t.attrs)).toHaveLength(0);
    expect(html).toContain('href="/list?sort=count&amp;dir=asc"');
    const descFirst = render({
      columns: columns.map((c) => (c.sortable ? { ...c, sortable: { ...c.sortable, first: "desc" as const } } : c)),
    });
    expect(descFirst.html).toContain('href="/list?sort=count&amp;dir=desc"');
  });

  it("marks a sorted column that is not sortable without a link", () => {
    const { html, doc } = render({ sort: { key: "note", dir: "desc" } });
    expect(doc.all("th", { "aria-sort": "descending" })).toHaveLength(1);
    expect(html).toContain("降序排列");
  });

  it("shows the empty state instead of the table when there are no rows", () => {
    const { html } = render({ rows: [] });
    expect(html).not.toContain("<table");
    expect(html).toContain("没有企业");
    expect(html).toMatch(/<p class="[^"]*text-center[^"]*">没有企业<\/p>/);
  });

  it("skips absent columns and adds a row's classes and test id", () => {
    const { html, doc } = render({
      columns: [columns[0], false, null],
      rowClassName: (r) => (r.count > 10 ? "bg-amber-50" : undefined),
      rowTestId: (r) => `row-${r.id}`,
    });
    expect(doc.all("th", { scope: "col" })).toHaveLength(1);
    expect(doc.all("tr", { "data-testid": "row-b" })[0]!.attrs.class).toContain("bg-amber-50");
    expect(doc.all("tr", { "data-testid": "row-a" })[0]!.attrs.class).not.toContain("bg-amber-50");
    expect(html).not.toContain("数量");
  });

  it("aligns cells as asked and adds the column's classes", () => {
    const { doc } = render({ columns: [columns[0]!, { ...columns[1]!, className: "tabular-nums" }] });
    const cell = doc.all("td")[0]!;
    expect(cell.attrs.class).toContain("text-right");
    expect(cell.attrs.class).toContain("tabular-nums");
  });
});
