import { describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from "./filter-form";

// next-intl's server functions need Next's request context; the labels are checked by key here.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}`,
}));

describe("FilterForm", () => {
  it("is a GET search form with the hidden parameters that are set, and a submit button", async () => {
    const html = renderToStaticMarkup(
      await FilterForm({
        action: "/disputes",
        hidden: { enterpriseId: "e1", other: undefined, blank: "" },
        children: <FilterCheckbox name="risk" label="只看有风险的" />,
      }),
    );
    const form = html.match(/^<form[^>]*>/)?.[0] ?? "";
    for (const attr of ['method="get"', 'action="/disputes"', 'role="search"', 'aria-label="common.filters"'])
      expect(form).toContain(attr);
    expect(html).toContain('<input type="hidden" name="enterpriseId" value="e1"/>');
    expect(html).not.toContain('name="other"');
    expect(html).not.toContain('name="blank"');
    expect(html).toMatch(/<button type="submit"[^>]*><span>common.apply<\/span><\/button>/);
    expect(html).not.toContain("common.clearFilters");
    expect(html).toContain("flex-wrap");
  });

  it("links 'clear' to the bare path when a filter is set, with the labels given", async () => {
    const html = renderToStaticMarkup(
      await FilterForm({
        action: "/disputes",
        showClear: true,
        applyLabel: "筛选",
        clearLabel: "清除筛选",
        children: null,
      }),
    );
    expect(html).toContain("<span>筛选</span>");
    expect(html).toMatch(/<a [^>]*href="\/disputes"[^>]*>清除筛选<\/a>/);
  });
});

describe("filter controls", () => {
  it("FilterSelect has a label, an 'all' choice and the current value selected", async () => {
    const html = renderToStaticMarkup(
      await FilterSelect({
        name: "status",
        label: "状态",
        allLabel: "全部状态",
        options: [
          { value: "OPEN", label: "处理中" },
          { value: "CLOSED", label: "已结案" },
        ],
        defaultValue: "CLOSED",
      }),
    );
    expect(html).toContain('<label for="status"');
    expect(html).toContain('<select id="status" name="status"');
    expect(html).toContain('<option value="">全部状态</option>');
    expect(html).toContain('<option value="CLOSED" selected="">已结案</option>');
  });

  it("FilterSelect falls back to common.all and selects it when no value is set", async () => {
    const html = renderToStaticMarkup(
      await FilterSelect({ name: "kind", label: "类型", options: [{ value: "A", label: "甲" }] }),
    );
    expect(html).toContain('<option value="" selected="">common.all</option>');
  });

  it("FilterCheckbox and FilterText keep the current value", () => {
    const checkbox = renderToStaticMarkup(<FilterCheckbox name="risk" label="只看有风险的" defaultChecked />);
    const input = checkbox.match(/<input[^>]*>/)?.[0] ?? "";
    for (const attr of ['type="checkbox"', 'name="risk"', 'value="1"', 'checked=""']) expect(input).toContain(attr);
    expect(checkbox).toMatch(/^<label[^>]*><input[^>]*\/><span>只看有风险的<\/span><\/label>$/);
    const text = renderToStaticMarkup(<FilterText name="q" label="搜索" defaultValue="水泵" />);
    const box = text.match(/<input[^>]*>/)?.[0] ?? "";
    for (const attr of ['id="q"', 'name="q"', 'type="search"', 'value="水泵"']) expect(box).toContain(attr);
    expect(text).toContain('<label for="q"');
  });
});
