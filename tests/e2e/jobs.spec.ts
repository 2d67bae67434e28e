import type { Page } from "@playwright/test";
import { axeViolations, BLOCKING } from "./axe";
import { expect, test, as } from "./support";

const QUEUES = ["deadline-breaches", "orphaned-uploads", "monthly-bulletin", "api-housekeeping"];

const TEXT = {
  zh: { title: "后台任务", names: ["超期问题提醒", "清理无主附件", "月度通报提醒", "接口数据清理"], hub: "后台任务" },
  en: {
    title: "Background jobs",
    names: ["Overdue ticket alerts", "Unreferenced attachment cleanup", "Monthly bulletin notice", "API clean-up"],
  },
};

async function checkPage(page: Page, text: { title: string; names: string[] }) {
  await expect(page.getByRole("heading", { level: 1, name: text.title })).toBeVisible();
  for (const [i, queue] of QUEUES.entries()) {
    const card = page.getByTestId(`queue-${queue}`);
    await expect(card.getByRole("heading", { level: 2, name: text.names[i] })).toBeVisible();
    await expect(card.getByTestId("schedule")).not.toBeEmpty();
    await expect(card.getByTestId("failed")).toBeVisible();
  }
  await expect(page.getByTestId("queue-monthly-bulletin").getByTestId("schedule")).toHaveText("0 8 1 * *");
  const blocking = (await axeViolations(page)).filter((v) => BLOCKING.has(v.impact ?? ""));
  expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
  // The page's own content fits the viewport (the portal's header is the shell's).
  const overflow = await page.evaluate(() => {
    const main = document.querySelector("main")!;
    return main.scrollWidth - main.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
}

test("an administrator reads the job queues, in both languages, on a desktop and a phone", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await as(browser, "admin");
  await page.goto("/admin", { waitUntil: "networkidle" });
  await page.getByRole("link", { name: TEXT.zh.hub }).click();
  await expect(page).toHaveURL(/\/admin\/jobs$/);
  await page.waitForLoadState("networkidle");
  await checkPage(page, TEXT.zh);

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/admin/jobs", { waitUntil: "networkidle" });
  await checkPage(page, TEXT.en);
});

test("nobody but an administrator opens the job queues", async ({ browser }) => {
  for (const username of ["chief", "officer1"]) {
    const page = await as(browser, username);
    const response = await page.goto("/admin/jobs");
    expect(response?.status()).toBe(403);
    await page.context().close();
  }
});
