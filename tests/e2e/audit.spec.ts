import type { Browser, Page } from "@playwright/test";
import { expect, test, signInAs } from "./support";

async function as(browser: Browser, username: string, locale?: "en"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, username);
  if (locale) await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  return page;
}

test("a chief reads a ticket's history and filters the audit log, in both languages", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `审计测试 ${Date.now()}`;

  // liaison1 files a ticket; officer1 accepts it: two audited steps.
  const liaison = await as(browser, "liaison1");
  await liaison.goto("/tickets/new", { waitUntil: "networkidle" });
  await liaison.locator("#category").selectOption("SECURITY_HAZARD");
  await liaison.locator("#priority").selectOption("NORMAL");
  await liaison.locator("#title").fill(title);
  await liaison.locator("#description").fill("东门门禁失灵，外来车辆可随意进出。");
  await liaison.getByRole("button", { name: "提交", exact: true }).click();
  await expect(liaison).toHaveURL(/\/tickets\/(?!new$)[^/]+$/, { timeout: 30_000 });
  const url = liaison.url();
  const officer = await as(browser, "officer1");
  await officer.goto(url, { waitUntil: "networkidle" });
  await officer.getByTestId("accept").getByRole("button").click();
  await expect(officer.getByTestId("start")).toBeVisible({ timeout: 30_000 });

  // The chief reads the ticket's history: who, what, and the status change side by side.
  const chief = await as(browser, "chief");
  await chief.goto(url);
  const history = chief.getByTestId("history");
  await expect(chief.getByRole("heading", { name: "操作历史" })).toBeVisible();
  const accepted = history.locator('li[data-action="ticket.accept"]');
  await expect(accepted).toContainText("受理问题");
  await expect(accepted.locator('[data-field="status"]')).toContainText("状态");
  await expect(accepted.getByTestId("before")).toHaveText("待受理");
  await expect(accepted.getByTestId("after")).toHaveText("已受理");
  await expect(history.locator('li[data-action="ticket.create"]')).toContainText("提交问题");

  // The audit log from the menu, filtered by action, then by the person who acted.
  await chief.getByRole("link", { name: "审计日志", exact: true }).first().click();
  await expect(chief.getByRole("heading", { name: "审计日志", level: 1 })).toBeVisible();
  await chief.waitForLoadState("networkidle");
  await chief.getByLabel("操作", { exact: true }).selectOption("ticket.accept");
  await chief.getByRole("button", { name: "筛选" }).click();
  await expect(chief).toHaveURL(/action=ticket\.accept/, { timeout: 30_000 });
  const rows = chief.getByTestId("audit-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("受理问题");
  await expect(rows.first()).toContainText("待受理");
  await rows
    .first()
    .getByRole("link", { name: /只看此人的操作/ })
    .click();
  await expect(chief).toHaveURL(/actor=/);
  await expect(chief.getByTestId("audit-table").locator('tbody tr[data-action="ticket.accept"]')).toHaveCount(1);
  await expect(chief.getByTestId("audit-table").locator('tbody tr[data-action="ticket.create"]')).toHaveCount(0);
  await chief.getByLabel("仅看个人信息查看记录").check();
  await chief.getByRole("button", { name: "筛选" }).click();
  await expect(chief).toHaveURL(/pii=1/);
  await expect(chief.getByText("没有符合条件的记录。")).toBeVisible();

  // The same in English.
  const english = await as(browser, "chief", "en");
  await english.goto(url);
  await expect(english.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  const acceptedEn = english.getByTestId("history").locator('li[data-action="ticket.accept"]');
  await expect(acceptedEn).toContainText("Accepted the ticket");
  await expect(acceptedEn.getByTestId("before")).toHaveText("Submitted");
  await expect(acceptedEn.getByTestId("after")).toHaveText("Accepted");
  await english.goto("/audit?entity=Ticket&action=ticket.accept");
  await expect(english.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await expect(english.getByTestId("audit-table").locator("tbody tr").first()).toContainText("Accepted the ticket");
  const download = english.waitForEvent("download");
  await english.getByTestId("export-csv").click();
  // The file is named in the reader's language, with a plain ASCII name beside it for old clients.
  expect((await download).suggestedFilename()).toMatch(/^Audit.*-\d{4}-\d{2}-\d{2}\.csv$/i);
  const csv = await (await download).path();
  const { readFile } = await import("node:fs/promises");
  const text = await readFile(csv, "utf8");
  expect(text).toContain("Accepted the ticket");
  expect(text).toContain("Status: Submitted → Accepted");
});
