import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ViewAllLink } from "./view-all-link";

describe("ViewAllLink", () => {
  it("leads to the whole list when the short list holds only part of it", () => {
    const html = renderToStaticMarkup(
      <ViewAllLink href="/enterprises" shown={8} total={200}>
        查看全部
      </ViewAllLink>,
    );
    expect(html).toMatch(/^<a class="[^"]*underline[^"]*" href="\/enterprises">查看全部/);
  });

  it("is left out when the short list already holds every row", () => {
    for (const total of [0, 7, 8])
      expect(
        renderToStaticMarkup(
          <ViewAllLink href="/enterprises" shown={8} total={total}>
            查看全部
          </ViewAllLink>,
        ),
      ).toBe("");
  });
});
