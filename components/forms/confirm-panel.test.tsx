import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ConfirmPanel } from "./confirm-panel";

describe("ConfirmPanel", () => {
  it("is an alert dialog named by its message, whose submit button confirms and a plain button goes back", () => {
    const html = renderToStaticMarkup(
      <ConfirmPanel
        message="“驳回”后不能撤销。确定要继续吗？"
        confirmLabel="确定驳回"
        cancelLabel="取消"
        onCancel={() => {}}
        pending={false}
        pendingLabel="正在提交…"
      />,
    );
    const labelledBy = /role="alertdialog" aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toContain(`<p id="${labelledBy}"`);
    expect(html).toContain("确定要继续吗");
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>.*确定驳回/);
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>.*取消/);
  });
});
