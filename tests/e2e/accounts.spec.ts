import type { Browser, Page } from "@playwright/test";
import { expect, test, signIn, signInAs } from "./support";

const NEW_PASSWORD = "Plum-Orchard-Quietly-47!";

async function as(browser: Browser, baseURL: string, username: string, locale: "zh-CN" | "en"): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  const page = await context.newPage();
  await signInAs(page, username);
  return page;
}

/** A fresh browser, as the person the link was handed to: no session, their own language. */
async function stranger(browser: Browser, baseURL: string, locale: "zh-CN" | "en"): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  return context.newPage();
}

async function setPassword(page: Page, link: string, labels: { password: string; confirm: string; submit: string }) {
  await page.goto(link, { waitUntil: "networkidle" });
  await page.getByLabel(labels.password, { exact: false }).first().fill(NEW_PASSWORD);
  await page.getByLabel(labels.confirm, { exact: false }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: labels.submit }).click();
}

test("in English: an administrator invites an officer, who signs in and is signed out once disabled", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const admin = await as(browser, baseURL!, "admin", "en");
  // The administrator's home is the hub: account search, blocked sign-ins, organisation, audit.
  await expect(admin.getByRole("heading", { name: "Accounts blocked by sign-in throttling" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Audit trail" })).toBeVisible();

  await admin.goto("/admin/accounts/new", { waitUntil: "networkidle" });
  // Bad input is answered at the field.
  await admin.locator("#username").fill("E2E Officer");
  await admin.locator("#role").selectOption("OFFICER");
  await admin.locator("#name").fill("Zhou Ming");
  await admin.getByRole("button", { name: "Create account and invitation" }).click();
  await expect(admin.locator("#username-error")).toContainText("3–32 characters");
  await expect(admin.locator("#stationId-error")).toContainText("police station");

  await admin.locator("#username").fill("E2E.Officer");
  await admin.locator("#stationId").selectOption({ index: 1 });
  await admin.getByRole("button", { name: "Create account and invitation" }).click();
  const link = await admin.getByTestId("password-link").inputValue();
  expect(link).toMatch(/\/reset\/[\w-]{43}$/);

  // The officer opens the invitation, chooses a password and signs in (usernames ignore case).
  const officer = await stranger(browser, baseURL!, "en");
  await setPassword(officer, link, {
    password: "New password",
    confirm: "Repeat the password",
    submit: "Set password",
  });
  await expect(officer.getByText("You can now sign in as e2e.officer")).toBeVisible();
  await signIn(officer, "E2E.Officer", NEW_PASSWORD);
  await expect(officer).toHaveURL(/\/officer$/, { timeout: 30_000 });

  // The link was for one use only.
  await officer.goto(link);
  await expect(officer.getByTestId("link-refused")).toContainText("already been used");

  // The administrator finds and disables the account, after confirming.
  await admin.goto("/admin/accounts?q=e2e.officer", { waitUntil: "networkidle" });
  await admin.getByRole("link", { name: "e2e.officer" }).click();
  await admin.getByRole("button", { name: "Disable account" }).click();
  await admin.getByRole("button", { name: "Confirm" }).click();
  await expect(admin.getByText("This account is disabled.")).toBeVisible();

  // The officer's open session ends within the minute.
  await expect(async () => {
    await officer.goto("/officer");
    await expect(officer).toHaveURL(/\/login/, { timeout: 1_000 });
  }).toPass({ timeout: 80_000, intervals: [5_000] });
});

test("在中文界面：管理员在企业页面创建联络员，联络员用邀请链接设置密码后提交问题", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const admin = await as(browser, baseURL!, "admin", "zh-CN");
  await admin.goto("/enterprises", { waitUntil: "networkidle" });
  // The working list shows active enterprises only: any of them may get a liaison.
  await admin.getByRole("table").getByRole("link").first().click();
  await admin.getByRole("button", { name: "创建联络员账号" }).click();
  await admin.locator("#liaison-username").fill("e2e.liaison");
  await admin.locator("#liaison-name").fill("赵晓");
  await admin.locator("#liaison-phone").fill("13900139000");
  await admin.getByRole("button", { name: "创建并显示邀请" }).click();
  const link = await admin.getByTestId("password-link").inputValue();

  const liaison = await stranger(browser, baseURL!, "zh-CN");
  await liaison.goto(link, { waitUntil: "networkidle" });
  await expect(liaison.getByRole("heading", { name: "欢迎：请设置您的密码" })).toBeVisible();
  // A weak password is refused at its field.
  await liaison.getByLabel("新密码").fill("e2e.liaison123");
  await liaison.getByLabel("再次输入密码").fill("e2e.liaison123");
  await liaison.getByRole("button", { name: "设置密码" }).click();
  await expect(liaison.locator("#password-error")).toContainText("太容易");
  await setPassword(liaison, link, { password: "新密码", confirm: "再次输入密码", submit: "设置密码" });
  await expect(liaison.getByText("现在可以用 e2e.liaison 登录")).toBeVisible();

  await signIn(liaison, "e2e.liaison", NEW_PASSWORD);
  await expect(liaison).toHaveURL(/\/liaison$/, { timeout: 30_000 });
  await liaison.goto("/tickets/new", { waitUntil: "networkidle" });
  await liaison.locator("#category").selectOption("LEGAL_CONSULTATION");
  await liaison.locator("#title").fill("新联络员的第一个问题");
  await liaison.locator("#description").fill("想了解园区消防检查的安排。");
  await liaison.getByRole("button", { name: "提交", exact: true }).click();
  await expect(liaison).toHaveURL(/\/tickets\/(?!new$)[^/]+$/);
  await expect(liaison.getByRole("heading", { name: "新联络员的第一个问题" })).toBeVisible();
});
