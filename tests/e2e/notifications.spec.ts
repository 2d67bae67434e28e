import type { Locator } from "@playwright/test";
import { expect, test, signInAs } from "./support";

const WELCOME_ZH = "欢迎使用警企通";

// Other specs and the deadline check may have notified these users too: work from the count shown.
async function unreadShown(badge: Locator): Promise<number> {
  return Number((await badge.innerText()).replace(/\D/g, ""));
}

test("officer1 reads the welcome notification and the header count follows", async ({ page }) => {
  await signInAs(page, "officer1");
  const badge = page.getByTestId("unread-count");
  const before = await unreadShown(badge);
  expect(before).toBeGreaterThanOrEqual(1);
  await expect(badge).toHaveAttribute("aria-label", `${before} 条未读通知`);

  await badge.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: WELCOME_ZH });
  // Unread is said in words, not by colour alone.
  await expect(item).toContainText("未读");

  await page.waitForLoadState("networkidle");
  await item.getByRole("button", { name: "标为已读" }).click();
  await expect(badge).toHaveText(new RegExp(`\\b${before - 1}\\b`));
  await expect(item).toContainText("已读");
  await expect(item.getByRole("button", { name: "标为已读" })).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId("unread-count")).toHaveText(new RegExp(`\\b${before - 1}\\b`));
  if (before > 1) await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(page.getByTestId("unread-count")).toHaveText(/\b0\b/);
  await expect(page.getByTestId("unread-count")).toHaveAttribute("aria-label", "0 条未读通知");
  await page.getByRole("link", { name: "仅看未读" }).click();
  await expect(page).toHaveURL(/\/notifications\?unread=1$/);
  await expect(page.getByRole("main")).toContainText("没有未读通知");
});

test("marking all read works without JavaScript", async ({ browser, page }) => {
  // chief's welcome is used by no other browser test.
  await signInAs(page, "chief");
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto("/notifications?unread=1");
  await expect(plain.getByRole("listitem").filter({ hasText: WELCOME_ZH })).toBeVisible();
  expect(await unreadShown(plain.getByTestId("unread-count"))).toBeGreaterThanOrEqual(1);

  await plain.getByRole("button", { name: "全部标为已读" }).click();
  // The unread list comes back without what was on the page. The deadline check may notify chiefs
  // at any moment, and what arrives after the page was shown rightly stays unread: the badge and
  // the list agree on how much that is.
  await expect(plain.getByRole("listitem").filter({ hasText: WELCOME_ZH })).toHaveCount(0);
  const left = await unreadShown(plain.getByTestId("unread-count"));
  await expect(plain.getByRole("main").getByRole("listitem")).toHaveCount(left);
  if (left === 0) await expect(plain.getByRole("main")).toContainText("没有未读通知");
  await noScript.close();
});
