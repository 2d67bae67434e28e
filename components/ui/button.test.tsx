import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Plus } from "lucide-react";
import { Button, ButtonLink, buttonClasses } from "./button";

describe("Button", () => {
  it("is a plain button by default, with the primary look and a 44 px touch height", () => {
    const html = renderToStaticMarkup(<Button>保存</Button>);
    expect(html).toMatch(/^<button type="button" class="[^"]*"><span>保存<\/span><\/button>$/);
    for (const c of ["rounded-md", "bg-brand-600", "px-4", "py-2", "font-medium", "text-white", "hover:bg-brand-700"])
      expect(html).toContain(c);
    expect(html).toContain("min-h-11");
    expect(html).toContain("disabled:opacity-60");
    expect(html).toContain("focus-visible:ring-2");
  });

  it("has the secondary look in the small size", () => {
    const classes = buttonClasses({ variant: "secondary", size: "sm" }).split(" ");
    for (const c of "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50".split(
      " ",
    ))
      expect(classes).toContain(c);
    expect(classes).not.toContain("min-h-11");
  });

  it("renders the icon hidden from assistive technology, before the label", () => {
    const html = renderToStaticMarkup(
      <Button type="submit" variant="danger" icon={Plus}>
        新建
      </Button>,
    );
    expect(html).toContain('type="submit"');
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"[^>]*>.*<\/svg><span>新建<\/span>/);
    expect(html).toContain("bg-red-700");
  });

  it("is disabled and busy while pending, with the working label", () => {
    const html = renderToStaticMarkup(
      <Button type="submit" pending pendingLabel="正在保存…">
        保存
      </Button>,
    );
    expect(html).toContain('disabled=""');
    expect(html).toContain('aria-disabled="true"');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain("<span>正在保存…</span>");
    expect(html).not.toContain("<span>保存</span>");
    expect(html).toContain("animate-spin");
  });

  it("keeps its label while pending without a working label, and is only disabled when asked", () => {
    expect(renderToStaticMarkup(<Button pending>保存</Button>)).toContain("<span>保存</span>");
    const disabled = renderToStaticMarkup(<Button disabled>删除</Button>);
    expect(disabled).toContain('aria-disabled="true"');
    expect(disabled).not.toContain("aria-busy");
  });
});

describe("ButtonLink", () => {
  it("is a link with a button's look", () => {
    const html = renderToStaticMarkup(
      <ButtonLink href="/disputes/new" icon={Plus} variant="secondary">
        新建纠纷
      </ButtonLink>,
    );
    expect(html).toMatch(/^<a class="[^"]*border-slate-300[^"]*" href="\/disputes\/new"><svg[^>]*aria-hidden="true"/);
    expect(html).toContain("<span>新建纠纷</span>");
  });
});
