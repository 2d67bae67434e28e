import type { Page } from "@playwright/test";
import { axeViolations, BLOCKING } from "./axe";
import { expect, test, as, toasts } from "./support";

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

test("officer1 picks two of their enterprises by searching and with the keyboard, and sends to them", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const title = `消防检查提示 ${Date.now()}`;
  const officer = await as(browser, "officer1", PHONE);
  await officer.goto("/advisories/new", { waitUntil: "networkidle" });
  await officer.locator("#title").fill(title);
  await officer.locator("#body").fill("请于本周内完成消防通道和灭火器的自查。");
  await officer.getByRole("radio", { name: "指定企业" }).check();

  const search = officer.getByRole("combobox", { name: "按企业名称或信用代码查找" });
  const listbox = officer.getByRole("listbox", { name: "匹配的企业" });
  const status = officer.locator('#enterprise-search + [role="status"]');
  const chosen = officer.getByRole("list", { name: /已选企业/ });

  // Part of a name, then the arrow key and Enter.
  await search.fill("芯联");
  await expect(listbox.getByRole("option")).toHaveText(["青岛芯联微电子有限公司"]);
  await expect(search).toHaveAttribute("aria-expanded", "true");
  await search.press("ArrowDown");
  const active = await search.getAttribute("aria-activedescendant");
  expect(active).toBeTruthy();
  await expect(officer.locator(`[id="${active}"]`)).toHaveText("青岛芯联微电子有限公司");
  await search.press("Enter");
  await expect(listbox.getByRole("option", { name: "青岛芯联微电子有限公司" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(chosen.getByRole("listitem")).toHaveCount(1);
  await expect(chosen.getByRole("button", { name: "移除青岛芯联微电子有限公司" })).toBeVisible();
  // Enter chose; it did not send the form.
  await expect(officer).toHaveURL(/\/advisories\/new$/);

  // Another officer's enterprise cannot be found; Escape closes the list.
  await search.fill("北汽");
  await expect(officer.getByText("没有匹配的企业。")).toBeVisible();
  await expect(search).toHaveAttribute("aria-expanded", "false");
  await search.press("Escape");

  // The form with the list open: no serious axe finding, nothing wider than the phone.
  await search.fill("青岛");
  await expect(listbox.getByRole("option").first()).toBeVisible();
  await expect(status).not.toHaveText("正在查找…");
  const blocking = (await axeViolations(officer)).filter((v) => BLOCKING.has(v.impact ?? ""));
  expect.soft(blocking, "the form with the enterprise list open").toEqual([]);
  const width = await officer.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(width, `the form with the list open is ${width} px wide`).toBeLessThanOrEqual(PHONE.width);

  // The second by keyboard too; a third chosen and removed again by its chip's button.
  await search.fill("数联");
  await expect(listbox.getByRole("option")).toHaveText(["青岛数联软件服务有限公司"]);
  await search.press("ArrowDown");
  await search.press("Enter");
  await search.fill("海智云");
  await expect(listbox.getByRole("option")).toHaveText(["青岛海智云数据科技有限公司"]);
  await listbox.getByRole("option", { name: "青岛海智云数据科技有限公司" }).click();
  await expect(chosen.getByRole("listitem")).toHaveCount(3);
  await chosen.getByRole("button", { name: "移除青岛海智云数据科技有限公司" }).click();
  await expect(chosen.getByRole("listitem")).toHaveCount(2);
  await expect(chosen.getByRole("listitem")).toContainText(["青岛芯联微电子有限公司", "青岛数联软件服务有限公司"]);
  await search.press("Escape");
  await expect(search).toHaveAttribute("aria-expanded", "false");

  await officer.getByRole("button", { name: "发布", exact: true }).click();
  await expect(officer).toHaveURL(/\/advisories\/(?!new)[^/?]+$/);
  await expect(stat(officer, "advisory-recipients")).toHaveText("2");
  // Neither has read it yet: both are on the not-read list.
  const rows = officer.getByRole("table").getByRole("rowheader");
  await expect(rows).toHaveCount(2);
  for (const name of ["青岛芯联微电子有限公司", "青岛数联软件服务有限公司"])
    await expect(rows.filter({ hasText: name })).toHaveCount(1);

  // In English the picker shows the English names.
  await officer.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await officer.goto("/advisories/new", { waitUntil: "networkidle" });
  await officer.getByRole("radio", { name: "Picked enterprises" }).check();
  await officer.getByRole("combobox", { name: "Find enterprises by name or credit code" }).fill("xinlian");
  await expect(officer.getByRole("listbox", { name: "Matching enterprises" }).getByRole("option")).toHaveText([
    "Qingdao Xinlian Microelectronics Co., Ltd.",
  ]);
  await officer.context().close();
});
