import { expect, test, type Page } from "@playwright/test";
import { axeViolations, BLOCKING } from "./axe";
import { as, toasts } from "./support";

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 768 };

/** The number a rate card of the advisory's page shows. */
const stat = (page: Page, testId: string) => page.getByTestId(testId).locator("dd").first();

/** The page in both languages, on a phone and a desktop: no serious axe finding, nothing wider than the screen. */
async function checkEverywhere(page: Page, baseURL: string, url: string) {
  for (const locale of ["zh-CN", "en"]) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await page.goto(url, { waitUntil: "networkidle" });
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const blocking = (await axeViolations(page)).filter((v) => BLOCKING.has(v.impact ?? ""));
      expect.soft(blocking, `${url} ${locale} ${viewport.width}px`).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect.soft(width, `${url} ${locale} is ${width} px wide`).toBeLessThanOrEqual(viewport.width);
    }
  }
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL }]);
  await page.setViewportSize(DESKTOP);
}

test("liaison1 acknowledges an advisory and the sender's read and acknowledge counts move by one", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const title = `节前防盗提示 ${Date.now()}`;

  // officer1 sends an urgent advisory to every enterprise they answer for (liaison1's among them).
  const officer = await as(browser, "officer1", DESKTOP);
  await officer.goto("/advisories/new", { waitUntil: "networkidle" });
  await officer.locator("#title").fill(title);
  await officer.locator("#body").fill("节日期间请锁好仓库门窗，贵重物品入柜，夜间安排专人值守。");
  await officer.locator("#urgency").selectOption("URGENT");
  await officer.getByRole("radio", { name: "我负责的全部企业" }).check();
  await officer.getByRole("button", { name: "发布", exact: true }).click();
  await expect(officer).toHaveURL(/\/advisories\/(?!new)[^/?]+$/);
  const url = new URL(officer.url()).pathname;
  const recipients = Number(await stat(officer, "advisory-recipients").innerText());
  expect(recipients).toBeGreaterThan(1);
  await expect(stat(officer, "advisory-read")).toHaveText("0");
  await expect(stat(officer, "advisory-acknowledged")).toHaveText("0");
  // Everyone reached is on the not-read list, a page at a time.
  await expect(officer.getByRole("table").getByRole("row")).not.toHaveCount(0);

  // liaison1 finds it on top of the home (urgent, not acknowledged), opens it and acknowledges it.
  const liaison = await as(browser, "liaison1", DESKTOP);
  await liaison.goto("/liaison", { waitUntil: "networkidle" });
  const first = liaison.getByTestId("received-advisories").getByRole("listitem").first();
  await expect(first).toContainText(title);
  await expect(first).toContainText("紧急");
  await first.getByRole("link", { name: title }).click();
  await expect(liaison).toHaveURL(new RegExp(`${url}$`));
  await liaison.waitForLoadState("networkidle");
  await liaison.getByTestId("acknowledge").getByRole("button", { name: "我已阅读并确认" }).click();
  await expect(toasts(liaison, "success")).toContainText("已确认");
  await expect(liaison.getByTestId("acknowledged")).toBeVisible();

  // The sender's counts moved by one each.
  await officer.reload({ waitUntil: "networkidle" });
  await expect(stat(officer, "advisory-read")).toHaveText("1");
  await expect(stat(officer, "advisory-acknowledged")).toHaveText("1");

  // The list shows the same rates; the sender reminds the others once.
  await officer.goto("/advisories", { waitUntil: "networkidle" });
  await expect(officer.getByRole("row", { name: new RegExp(title) })).toContainText(`1/${recipients}`);
  await officer.goto(url, { waitUntil: "networkidle" });
  await officer.getByTestId("remind").getByRole("button").click();
  await expect(toasts(officer, "success")).toContainText("已发送提醒");

  // The export lists every enterprise not acknowledged yet (all but liaison1's), for the sender only.
  const sheet = await officer.request.get(`${url}/export?show=unacknowledged`);
  expect(sheet.status()).toBe(200);
  expect(sheet.headers()["content-type"]).toContain("spreadsheetml");
  const csv = await officer.request.get(`${url}/export?show=unacknowledged&format=csv`);
  const lines = (await csv.text()).trim().split(/\r?\n/);
  expect(lines.length).toBe(1 + recipients - 1);

  // Another enterprise's liaison can open neither the advisory nor its export.
  const other = await as(browser, "liaison2");
  expect((await other.goto(url))?.status()).toBe(404);
  expect((await other.request.get(`${url}/export`)).status()).not.toBe(200);
  await other.context().close();

  // The new pages on a phone and a desktop, in both languages.
  for (const page of [`${url}?show=unacknowledged`, "/advisories", "/advisories/new"])
    await checkEverywhere(officer, baseURL!, page);
  for (const page of [url, "/advisories", "/liaison"]) await checkEverywhere(liaison, baseURL!, page);
  await officer.context().close();
  await liaison.context().close();
});
