import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { axeViolations, BLOCKING } from "./axe";
import { expect, test, signInAs } from "./support";

/** A China calendar day `days` before today, as YYYY-MM-DD. */
function chinaDay(daysAgo: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

// A period that ended yesterday: nothing another test files today can change its figures.
const FROM = chinaDay(400);
const TO = chinaDay(1);
const PERIOD = `period=custom&from=${FROM}&to=${TO}`;

const figureOf = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).locator("dd").first().innerText()).replace(/\D/g, ""));

/** The ticket list's total, from its subtitle ("共 12 件"). */
const ticketTotal = async (page: Page) =>
  Number((await page.getByText(/^共 [\d,]+ 件$/).innerText()).replace(/\D/g, ""));

test("the chief opens a figure's tickets: same place, same period, same count", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "chief");
  await page.goto(`/chief?${PERIOD}`, { waitUntil: "networkidle" });
  await expect(page.getByTestId("range-problem")).toHaveCount(0);
  const received = await figureOf(page, "tickets-received");
  expect(received).toBeGreaterThan(0);

  // The card is one link, named for what it opens, not only a number.
  const link = page.getByTestId("tickets-received-link");
  await expect(link).toHaveAccessibleName(`受理问题 ${received.toLocaleString("zh-CN")} 查看本期受理的工单`);
  const onCards = await axeViolations(page, ['[aria-labelledby="fig-tickets-title"]']);
  expect(onCards.filter((v) => BLOCKING.has(v.impact ?? ""))).toEqual([]);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/tickets\\?status=all&from=${FROM}&to=${TO}$`), { timeout: 30_000 });
  await expect(page.getByTestId("drill-down-note")).toContainText(`${FROM} 至 ${TO}`);
  expect(await ticketTotal(page)).toBe(received);
  const blocking = (await axeViolations(page)).filter((v) => BLOCKING.has(v.impact ?? ""));
  expect(blocking).toEqual([]);

  // Narrowed to a station, the card and its list still agree, and the list names the station.
  await page.goto(`/chief?${PERIOD}&view=lights`, { waitUntil: "networkidle" });
  const stationRow = page.getByTestId("station-lights").getByRole("row").nth(1);
  const stationName = (await stationRow.getByRole("rowheader").innerText()).trim();
  // The row's own link is another test's; here it only sets the station, and the overview shows its figures.
  await page.goto((await stationRow.getByRole("link").getAttribute("href"))!, { waitUntil: "networkidle" });
  await page.getByTestId("dashboard-views").getByRole("link", { name: "概览" }).click();
  await expect(page).toHaveURL(/station=[^&]+$/);
  const atStation = await figureOf(page, "tickets-received");
  await page.getByTestId("tickets-received-link").click();
  await expect(page).toHaveURL(/\/tickets\?.*station=.*from=/, { timeout: 30_000 });
  await expect(page.getByTestId("drill-down-note")).toContainText(stationName);
  expect(await ticketTotal(page)).toBe(atStation);

  // Dropping the dashboard's conditions keeps the list, without them.
  await page.getByRole("link", { name: "取消这些条件" }).click();
  await expect(page).toHaveURL(/\/tickets\?status=all$/, { timeout: 30_000 });
  await expect(page.getByTestId("drill-down-note")).toHaveCount(0);
});

test("the chief's residency and hazard cards lead to their lists with the same counts", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "chief");
  await page.goto(`/chief?${PERIOD}`, { waitUntil: "networkidle" });
  const waiting = await figureOf(page, "residency-waiting");
  await page.getByTestId("residency-waiting-link").click();
  await expect(page).toHaveURL(/\/residency\?status=waiting$/, { timeout: 30_000 });
  await expect(page.locator("#requests-title")).toHaveText(`申请列表（共 ${waiting.toLocaleString("zh-CN")} 件）`);
  await expect(page.getByTestId("drill-down-note")).toHaveCount(0);

  await page.goto(`/chief?${PERIOD}`, { waitUntil: "networkidle" });
  const overdue = await figureOf(page, "hazards-overdue");
  await page.getByTestId("hazards-overdue-link").click();
  await expect(page).toHaveURL(/\/hazards\?overdue=1$/, { timeout: 30_000 });
  await expect(page.getByRole("checkbox", { name: "仅看已逾期" })).toBeChecked();
  await expect(page.locator('section[aria-labelledby="hazards-title"] tbody tr')).toHaveCount(Math.min(overdue, 20));
});

test("a reversed custom range is answered with a message in either language", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await signInAs(page, "chief");
  await page.goto(`/chief?period=custom&from=${TO}&to=${FROM}`, { waitUntil: "networkidle" });
  const problem = page.getByRole("alert").filter({ hasText: "结束日期早于开始日期" });
  await expect(problem).toBeVisible();
  await expect(page.getByTestId("period-shown")).toBeVisible();

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto(`/chief?period=custom&from=${TO}&to=${FROM}`, { waitUntil: "networkidle" });
  await expect(page.getByRole("alert").filter({ hasText: "ends before it starts" })).toBeVisible();
  // A usable range says nothing.
  await page.goto(`/chief?${PERIOD}`, { waitUntil: "networkidle" });
  await expect(page.getByTestId("range-problem")).toHaveCount(0);
});

test("the city leader's reversed range gets the message, and the export names the city and period", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, "city");
  await page.goto(`/city?period=custom&from=${TO}&to=${FROM}`, { waitUntil: "networkidle" });
  await expect(page.getByRole("alert").filter({ hasText: "结束日期早于开始日期" })).toBeVisible();

  await page.goto(`/city?${PERIOD}`, { waitUntil: "networkidle" });
  const href = await page.getByTestId("city-export").getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  const disposition = response.headers()["content-disposition"]!;
  expect(disposition).toContain(
    `filename="report-Qingdao-Municipal-Public-Security-Bureau-counties-${FROM}_${TO}.xlsx"`,
  );
  expect(decodeURIComponent(/filename\*=UTF-8''(\S+)/.exec(disposition)![1]!)).toContain("青岛市公安局");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Uint8Array.from(await response.body()).buffer);
  const sheet = book.worksheets[0]!;
  expect(String(sheet.getCell("A1").value)).toContain(`青岛市公安局｜${FROM} 至 ${TO}`);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
});

test("the chief's workbook says whose figures and which days, in its name and on every sheet", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "chief");
  const response = await page.request.get(`/chief/export/all?${PERIOD}`);
  expect(response.status()).toBe(200);
  const disposition = response.headers()["content-disposition"]!;
  expect(disposition).toMatch(new RegExp(`filename="report-[A-Za-z0-9-]+-all-${FROM}_${TO}\\.xlsx"`));
  expect(decodeURIComponent(/filename\*=UTF-8''(\S+)/.exec(disposition)![1]!)).toMatch(/^警企通报表-.*公安局-/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Uint8Array.from(await response.body()).buffer);
  for (const sheet of book.worksheets) {
    expect(String(sheet.getCell("A1").value)).toContain(`${FROM} 至 ${TO}`);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  }
  const summary = book.worksheets[0]!;
  expect(summary.getCell("B3").value).toBeInstanceOf(Date);
  expect(summary.getCell("B5").numFmt).toBe("0");
});
