import type { Page } from "@playwright/test";
import { expect, test, signInAs, toasts } from "./support";

const TEXT = {
  zh: {
    newWorkstation: "新增工作站",
    create: "保存",
    save: "保存修改",
    deactivate: "停用",
    updated: "已更新。",
    inactive: "已停用",
    codeTaken: "本局已有同类单位使用这个代码。",
    tab: "警务工作站",
  },
  en: {
    newWorkstation: "New workstation",
    create: "Save",
    save: "Save changes",
    deactivate: "Deactivate",
    updated: "Updated.",
    inactive: "Deactivated",
    codeTaken: "Another unit of this kind in the bureau already has this code.",
    tab: "Workstations",
  },
} as const;

const LIST = "/admin/organisation/workstations";

async function useLocale(page: Page, locale: "zh" | "en", baseURL: string) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale === "zh" ? "zh-CN" : "en", url: baseURL }]);
}

for (const locale of ["zh", "en"] as const) {
  test(`an administrator creates, renames and deactivates a workstation (${locale})`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const t = TEXT[locale];
    const code = `e2e-ws-${locale}`;
    const name = locale === "zh" ? "测试工作站甲" : "Test workstation A";
    const renamed = locale === "zh" ? "测试工作站乙" : "Test workstation B";

    await signInAs(page, "admin");
    await useLocale(page, locale, baseURL!);
    await page.goto(LIST, { waitUntil: "networkidle" });
    await expect(page.getByRole("link", { name: t.tab, exact: true })).toHaveAttribute("aria-current", "page");

    // Create.
    await page.getByRole("link", { name: t.newWorkstation }).click();
    await page.waitForLoadState("networkidle");
    await page.locator("#name").fill(name);
    await page.locator("#code").fill(code);
    const station = await page.locator("#stationId option:not([value=''])").first().getAttribute("value");
    await page.locator("#stationId").selectOption(station!);
    await page.locator("#park").fill(locale === "zh" ? "测试园区" : "Test park");
    await page.locator("#cluster").selectOption("OTHER");
    await page.getByRole("button", { name: t.create, exact: true }).click();
    // A save on a busy machine can take longer than the default wait.
    await expect(page).toHaveURL(new RegExp(`${LIST}$`), { timeout: 30_000 });

    // The same code again is answered at the field, and what was typed stays.
    await page.goto(`${LIST}/new`, { waitUntil: "networkidle" });
    await page.locator("#name").fill(`${name}2`);
    await page.locator("#code").fill(code);
    await page.locator("#stationId").selectOption(station!);
    await page.locator("#park").fill("PA");
    await page.locator("#cluster").selectOption("OTHER");
    await page.getByRole("button", { name: t.create, exact: true }).click();
    await expect(page.locator("#code-error")).toHaveText(t.codeTaken, { timeout: 30_000 });
    await expect(page.locator("#code")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#code")).toHaveValue(code);

    // Rename.
    await page.goto(`${LIST}?q=${code}`, { waitUntil: "networkidle" });
    await page.getByRole("link", { name }).click();
    await page.waitForLoadState("networkidle");
    await page.locator("#name").fill(renamed);
    await page.getByRole("button", { name: t.save, exact: true }).click();
    // A save on a busy machine can take longer than the default wait.
    await expect(page).toHaveURL(new RegExp(`${LIST}$`), { timeout: 30_000 });
    await page.goto(`${LIST}?q=${code}`, { waitUntil: "networkidle" });
    await expect(page.getByRole("link", { name: renamed })).toBeVisible();

    // Deactivate, after confirming.
    await page.getByRole("link", { name: renamed }).click();
    await page.waitForLoadState("networkidle");
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: t.deactivate, exact: true }).click();
    await expect(toasts(page, "success").filter({ hasText: t.updated })).toBeVisible({ timeout: 30_000 });

    // Gone from the working list, still found among the deactivated ones.
    await page.goto(`${LIST}?q=${code}`, { waitUntil: "networkidle" });
    await expect(page.getByRole("link", { name: renamed })).toHaveCount(0);
    await page.goto(`${LIST}?q=${code}&status=inactive`, { waitUntil: "networkidle" });
    await expect(page.getByRole("link", { name: renamed })).toBeVisible();
    await expect(
      page.getByRole("row").filter({ hasText: renamed }).getByText(t.inactive, { exact: true }),
    ).toBeVisible();

    // No longer offered to the enterprise register.
    await page.goto("/enterprises/new", { waitUntil: "networkidle" });
    await expect(page.locator("#workstationId option", { hasText: renamed })).toHaveCount(0);

    // The list fits a phone (the page's own content; the portal's header is the shell's).
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(LIST, { waitUntil: "networkidle" });
    const overflow = await page.evaluate(() => {
      const main = document.querySelector("main")!;
      return main.scrollWidth - main.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("a chief reads the organisation but is not offered changes", async ({ page }) => {
  await signInAs(page, "chief");
  await page.goto(LIST, { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1, name: "组织机构" })).toBeVisible();
  await expect(page.getByRole("link", { name: TEXT.zh.newWorkstation })).toHaveCount(0);
  const response = await page.goto(`${LIST}/new`);
  expect(response?.status()).toBe(403);
});
