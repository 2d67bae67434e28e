import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { axeViolations, BLOCKING } from "./axe";
import { expect, test, signInAs } from "./support";

// Every page of every desk's menu, and the first record or form each leads to, on a small phone and
// on an office screen, in both languages: nothing wider than the screen, the tab bar on the phone, no
// serious accessibility fault and no message key where a text should be.
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 768 };
const ACCOUNTS = ["liaison1", "officer1", "chief", "admin", "city"] as const;
const LOCALES = { zh: "zh-CN", en: "en" } as const;
const SCREENSHOTS = "artifacts/screenshots/phone";

type State = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** One sign-in per account for the whole file: the pages are only read. */
const signedIn = new Map<string, State>();

async function as(browser: Browser, baseURL: string, username: string, locale: keyof typeof LOCALES, viewport = PHONE) {
  if (!signedIn.has(username)) {
    const context = await browser.newContext();
    await signInAs(await context.newPage(), username);
    signedIn.set(username, await context.storageState());
    await context.close();
  }
  const context = await browser.newContext({ storageState: signedIn.get(username), viewport });
  await context.addCookies([{ name: "NEXT_LOCALE", value: LOCALES[locale], url: baseURL }]);
  return context.newPage();
}

/** The desk's menu as the phone offers it: the tab bar's links, then those in the "more" sheet. */
async function menuHrefs(page: Page): Promise<string[]> {
  // The sheet renders its links once it opens.
  await page.getByTestId("tab-more").click();
  await expect(page.getByTestId("more-sheet")).toBeVisible();
  const hrefs = await page
    .locator('[data-testid="tab-bar"] a, [data-testid="more-sheet"] nav a')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("more-sheet")).toBeHidden();
  return hrefs;
}

async function firstPageUnder(page: Page, href: string): Promise<string | undefined> {
  const links = await page
    .getByRole("main")
    .locator(`a[href^="${href}/"]`)
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  return links.find((link) => !link.includes("?") && !/\/(export|xlsx|template)(\/|$)/.test(link));
}

// A text next-intl could not find is shown as its key ("tickets.statuses.X"): a namespace, a dot, more.
// The namespaces are the top-level keys of the message files (read as files: the test runner loads
// no JSON modules), and "roles", which the glossary places at the top (messages/glossary.ts).
const MESSAGE_DIR = "messages/zh-CN";
const NAMESPACES = [
  "roles",
  ...readdirSync(MESSAGE_DIR).flatMap((file) =>
    Object.keys(JSON.parse(readFileSync(`${MESSAGE_DIR}/${file}`, "utf8")) as object),
  ),
];
const RAW_KEY = new RegExp(`\\b(?:${NAMESPACES.join("|")})\\.[A-Za-z0-9_.]+`, "g");

async function rawKeysOn(page: Page): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return [...new Set(text.match(RAW_KEY) ?? [])];
}

async function blockingIn(page: Page, include?: string[]) {
  const violations = await axeViolations(page, include);
  for (const v of violations.filter((x) => !BLOCKING.has(x.impact ?? ""))) {
    test.info().annotations.push({ type: `axe ${v.impact}`, description: `${v.id}: ${v.help}` });
  }
  return violations.filter((v) => BLOCKING.has(v.impact ?? ""));
}

mkdirSync(SCREENSHOTS, { recursive: true });

// The longest file by far, and its tests put back what they change: each goes to whichever worker
// (and server) is free.
test.describe.configure({ mode: "parallel" });

for (const username of ACCOUNTS) {
  for (const locale of Object.keys(LOCALES) as (keyof typeof LOCALES)[]) {
    test(`${username}'s pages fit a 360 px phone and a desktop in ${locale}`, async ({ browser, baseURL }) => {
      test.setTimeout(420_000);
      const page = await as(browser, baseURL!, username, locale);
      await page.goto("/", { waitUntil: "networkidle" });
      await expect(page.locator("html")).toHaveAttribute("lang", LOCALES[locale]);
      const hrefs = await menuHrefs(page);
      expect(hrefs.length).toBeGreaterThan(0);
      await expect(page.getByTestId("main-menu")).toBeHidden();

      const pages = [...hrefs];
      for (let i = 0; i < pages.length; i++) {
        const href = pages[i]!;
        const response = await page.goto(href, { waitUntil: "networkidle" });
        expect.soft(response?.status(), href).toBe(200);
        await expect.soft(page.getByTestId("tab-bar"), href).toBeVisible();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect.soft(width, `${href} is ${width} px wide`).toBeLessThanOrEqual(PHONE.width);
        expect.soft(await blockingIn(page), href).toEqual([]);
        expect.soft(await rawKeysOn(page), href).toEqual([]);
        const slug = href.replace(/^\//, "").replace(/\//g, "-");
        await page.screenshot({ path: `${SCREENSHOTS}/${username}-${locale}-${slug}.png`, fullPage: true });
        // The same page on an office screen: the header's menu instead of the tab bar.
        await page.setViewportSize(DESKTOP);
        await expect.soft(page.getByTestId("main-menu"), href).toBeVisible();
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect.soft(wide, `${href} is ${wide} px wide on a desktop`).toBeLessThanOrEqual(DESKTOP.width);
        await page.setViewportSize(PHONE);
        // The other parts of a page shown as tabs (the dashboard's, the organisation's lists).
        const tabs = await page
          .locator('[data-testid="dashboard-views"] a, [data-testid="page-tabs"] a')
          .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
        for (const tab of tabs) if (!pages.includes(tab)) pages.push(tab);
        // Also the first page a menu page leads to (a record, a form) that is not a download.
        if (hrefs.includes(href)) {
          const deeper = await firstPageUnder(page, href);
          if (deeper && !pages.includes(deeper)) pages.push(deeper);
        }
      }
      await page.context().close();
    });
  }
}

test("the more sheet is a dialog: it takes focus, holds the rest of the menu and closes on Escape", async ({
  browser,
  baseURL,
}) => {
  const page = await as(browser, baseURL!, "chief", "zh");
  await page.goto("/chief", { waitUntil: "networkidle" });
  const tabBar = page.getByTestId("tab-bar");
  // Home and the chief's three main destinations, then "more".
  await expect(tabBar.getByRole("link")).toHaveText(["首页", "问题账单", "企业", "责任警官"]);
  await expect(tabBar.getByRole("link", { name: "首页" })).toHaveAttribute("aria-current", "page");

  const more = tabBar.getByRole("button", { name: "更多" });
  await expect(more).toHaveAttribute("aria-expanded", "false");
  const box = await more.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  // Closed, the sheet holds no more than its title bar: a page does not carry what it rarely shows.
  await expect(page.getByTestId("more-sheet").locator("a, form")).toHaveCount(0);
  await more.click();
  const sheet = page.getByRole("dialog", { name: "更多" });
  await expect(sheet).toBeVisible();
  await expect(more).toHaveAttribute("aria-expanded", "true");
  expect(await sheet.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  await expect(sheet.getByRole("navigation", { name: "更多功能" }).getByRole("link")).toHaveText([
    "走访",
    "隐患挂牌",
    "宣传提示",
    "矛盾纠纷",
    "警保联防",
    "落户办证",
    "办理时限",
    "账号管理",
    "组织机构",
    "审计日志",
  ]);
  await expect(sheet.getByRole("button", { name: "English" })).toBeVisible();
  await expect(sheet.getByRole("button", { name: "退出登录" })).toBeVisible();
  for (const link of await sheet.getByRole("link").all()) {
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  expect(await blockingIn(page, ['[data-testid="more-sheet"]'])).toEqual([]);

  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute("aria-expanded", "false");

  // A page from the sheet: the sheet closes and "more" shows where the user is.
  await more.click();
  await sheet.getByRole("link", { name: "审计日志" }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(sheet).toBeHidden();
  await more.click();
  await expect(sheet.getByRole("link", { name: "审计日志" })).toHaveAttribute("aria-current", "page");
  // The close button closes it too.
  await sheet.getByRole("button", { name: "关闭" }).click();
  await expect(sheet).toBeHidden();

  // The header and the sheet stay on the page the user moved to: the language switch returns there
  // and the bell shows it is the current page.
  // (Found by test id from here on: their names change with the language.)
  const anyMore = page.getByTestId("tab-more");
  const anySheet = page.getByTestId("more-sheet");
  await anyMore.click();
  await anySheet.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/audit$/);
  await page.getByTestId("unread-count").click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByTestId("unread-count")).toHaveAttribute("aria-current", "page");
  // The switch is stored on the account: back to Chinese for the chief's later sign-ins.
  await anyMore.click();
  await anySheet.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page).toHaveURL(/\/notifications$/);
  await page.context().close();
});

test("on a desktop the menu keeps every label on one line and shows when it scrolls", async ({ browser, baseURL }) => {
  for (const [locale, width] of [
    ["zh", 1366],
    ["en", 900],
  ] as const) {
    const page = await as(browser, baseURL!, "chief", locale, { width, height: 768 });
    await page.goto("/audit", { waitUntil: "networkidle" });
    const menu = page.getByTestId("main-menu");
    await expect(menu).toBeVisible();
    await expect(page.getByTestId("tab-bar")).toBeHidden();
    const heights = await menu
      .getByRole("link")
      .evaluateAll((links) => links.map((l) => l.getBoundingClientRect().height));
    expect(heights).toHaveLength(14);
    // One line of text-sm with its padding is 32 px; a label broken per character is two or more.
    for (const height of heights) expect(height).toBeLessThan(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    const list = menu.getByRole("list");
    const overflows = await list.evaluate((ul) => ul.scrollWidth > ul.clientWidth);
    if (locale === "en") {
      // 900 px cannot hold the chief's fourteen English labels: the cue shows, and the current page
      // (the last entry) was scrolled into view.
      expect(overflows).toBe(true);
      await expect(menu.getByRole("link", { name: "Audit log" })).toBeInViewport();
      await expect(page.getByTestId("menu-scroll-back")).toBeVisible();
      await page.getByTestId("menu-scroll-back").click();
      await expect(page.getByTestId("menu-scroll-on")).toBeVisible();
    } else {
      await expect(page.getByTestId("menu-scroll-on")).toHaveCount(overflows ? 1 : 0);
    }
    await page.context().close();
  }
});

test("on a desktop the dashboard's half-width lists keep headers and dates on one line", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  for (const locale of ["zh", "en"] as const) {
    const page = await as(browser, baseURL!, "chief", locale, { width: 1280, height: 800 });
    await page.goto("/chief?period=year&view=lists", { waitUntil: "networkidle" });
    // A cell is as tall as its row: what is measured is the text's own box (a header's, a value's).
    const lines = await page.locator("#lists").evaluate((lists) =>
      [...lists.querySelectorAll("thead th > *, td.tabular-nums > .dt-value")].map((box) => {
        const text = box.textContent!.trim();
        const lineHeight = parseFloat(getComputedStyle(box).lineHeight);
        return { text, lines: Math.round(box.getBoundingClientRect().height / lineHeight) };
      }),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const cell of lines) expect.soft(cell.lines, `"${cell.text}" (${locale})`).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.context().close();
  }
});
