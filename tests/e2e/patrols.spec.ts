import type { Page } from "@playwright/test";
import { axeViolations, BLOCKING } from "./axe";
import { expect, test, as } from "./support";

const CHINA = 8 * 3_600_000;
const chinaDay = (offsetDays = 0) => new Date(Date.now() + CHINA + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** On the rota page: draft the month, then publish it. */
async function generateAndPublish(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.getByTestId("generate-rota").getByRole("button", { name: "生成排班草稿" }).click();
  await expect(page.getByTestId("rota-status")).toHaveText("草稿");
  await page.getByTestId("publish-rota").getByRole("button", { name: "发布排班" }).click();
  await expect(page.getByTestId("rota-status")).toHaveText("已发布");
}

/**
 * The rota page of a whole month of a new team of 8, 3 a night: the month as a calendar with weekend
 * nights marked, each enterprise's nights and weekend nights beside it and within one of each other;
 * a list of days on a 360 px phone; in both languages; without serious accessibility faults.
 */
async function checkCalendar(page: Page) {
  const month = page.url().split("/").pop()!;
  const [y, m] = month.split("-").map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const firstSaturday = `${month}-${String(1 + ((6 - new Date(Date.UTC(y, m - 1, 1)).getUTCDay()) % 7)).padStart(2, "0")}`;
  const blocking = async () =>
    (await axeViolations(page, ['[data-testid="rota-calendar"]'])).filter((v) => BLOCKING.has(v.impact ?? ""));

  const calendar = page.getByRole("table", { name: `${month} 排班月历` });
  await expect(calendar).toBeVisible();
  await expect(calendar.getByRole("columnheader")).toHaveCount(7);
  await expect(calendar.getByTestId(`calendar-${firstSaturday}`)).toContainText("周末");
  const totals = page.getByRole("table", { name: `${month} 各企业值守晚数` });
  const rows = totals.locator("tbody tr");
  await expect(rows).toHaveCount(8);
  const counts = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.textContent))),
  );
  const nights = counts.map((c) => c[0]!);
  const weekendNights = counts.map((c) => c[1]!);
  expect(nights.reduce((a, b) => a + b, 0)).toBe(days * 3);
  expect(Math.max(...nights) - Math.min(...nights)).toBeLessThanOrEqual(1);
  expect(Math.max(...weekendNights) - Math.min(...weekendNights)).toBeLessThanOrEqual(1);
  expect(Math.max(...weekendNights)).toBeGreaterThan(0);
  expect(await blocking()).toEqual([]);

  await page.setViewportSize({ width: 360, height: 740 });
  await expect(calendar).toBeHidden();
  const list = page.getByRole("list", { name: `${month} 排班月历` });
  await expect(list.getByRole("listitem")).toHaveCount(days);
  await expect(list.getByTestId(`calendar-day-${firstSaturday}`)).toContainText("周末");
  await expect(totals).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await blocking()).toEqual([]);

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("list", { name: `Rota calendar for ${month}` })).toBeVisible();
  await expect(page.getByRole("table", { name: `Nights per enterprise, ${month}` })).toBeVisible();
  await expect(page.getByTestId(`calendar-day-${firstSaturday}`)).toContainText("Weekend");
  expect(await blocking()).toEqual([]);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: page.url() }]);
}

test("a chief forms a team and publishes its rota; the liaison sees its nights; the officer logs a patrol that finds a hazard", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const teamName = "龙水路派出所芯联微片区警保联控队";
  const hazard = "厂区东侧围墙护栏断裂，夜间可翻越进入";

  // liaison1's enterprise, which the new team must include.
  const liaison = await as(browser, "liaison1");
  await liaison.goto("/liaison");
  await liaison.getByRole("link", { name: "查看企业档案" }).click();
  await expect(liaison).toHaveURL(/\/enterprises\/[^/]+$/);
  const enterpriseId = liaison.url().split("/").pop()!;
  const enterpriseName = (await liaison.getByRole("heading", { level: 1 }).textContent())!.trim();

  // The enterprise is already in a team, and too few of the station's enterprises are free to form
  // another: the new-team form does not offer the station until the chief stands that team down.
  const chief = await as(browser, "chief");
  await chief.goto("/patrols/teams/new", { waitUntil: "networkidle" });
  await expect(chief.getByLabel("所属派出所").locator("option", { hasText: "龙水路派出所" })).toHaveCount(0);
  // The hint says why (in the demo county no station has 7 enterprises outside a team).
  await expect(
    chief.getByText(/^(只列出至少有 7 家企业尚未加入巡防队的派出所|目前没有哪个派出所有 7 家以上)/),
  ).toBeVisible();
  await chief.goto(`/enterprises/${enterpriseId}`);
  await chief.getByRole("link", { name: /^所在巡防队：/ }).click();
  await chief.waitForLoadState("networkidle");
  await chief.getByLabel(/巡防队在岗/).uncheck();
  await chief.getByRole("button", { name: "保存修改" }).click();
  await expect(chief.getByRole("heading", { level: 1 })).toContainText("已撤销");

  // A new team of 8, led by officer1.
  await chief.goto("/patrols/teams/new", { waitUntil: "networkidle" });
  await chief.getByLabel("队名").fill(teamName);
  await chief.getByLabel("所属派出所").selectOption({ label: "龙水路派出所" });
  await chief.getByLabel("带班民警").selectOption({ label: "李晓雯" });
  await chief.getByLabel("每晚值守企业数").selectOption("3");
  await chief.getByLabel("巡逻路线名称").fill("芯联微—扬州路夜巡线");
  await chief.getByLabel("路线卡点").fill("芯联微南门\n扬州路与深圳路路口\n产业园服务中心");
  await chief.getByRole("checkbox", { name: enterpriseName }).check();
  const free = chief.locator('input[name="memberIds"]:not(:disabled):not(:checked)');
  for (let i = 0; i < 7; i++) await free.first().check();
  await expect(chief.getByText("已选 8 家")).toBeVisible();
  await chief.getByRole("button", { name: "创建巡防队" }).click();
  await expect(chief).toHaveURL(/\/patrols\/teams\/[^/]+$/);
  await expect(chief.getByRole("heading", { level: 1 })).toContainText(teamName);

  // This month (so tonight has a shift) and next month: drafted, then published.
  const thisMonth = chinaDay().slice(0, 7);
  await chief.getByRole("link", { name: thisMonth, exact: true }).click();
  await generateAndPublish(chief);
  await chief.getByRole("link", { name: "下个月" }).click();
  await generateAndPublish(chief);
  await expect(chief.locator('tr[data-testid^="night-"]').first()).toBeVisible();
  // A whole month of three enterprises a night prints on one A4 sheet.
  const pdf = (await chief.pdf({ preferCSSPageSize: true })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  // …and exports to XLSX, for the police only.
  const xlsxUrl = `${new URL(chief.url()).pathname}/xlsx`;
  const xlsx = await chief.request.get(xlsxUrl);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expect(xlsx.headers()["content-disposition"]).toMatch(
    /filename="rota-\d{4}-\d{2}\.xlsx"; filename\*=UTF-8''\S+\.xlsx$/,
  );
  expect((await liaison.request.get(xlsxUrl)).status()).toBe(403);
  await checkCalendar(chief);

  // liaison1 was told and sees its duty nights in the new team.
  await liaison.goto("/notifications");
  await expect(liaison.getByText(new RegExp(`${teamName}.*排班已发布`)).first()).toBeVisible();
  await liaison.goto("/patrols");
  await expect(liaison.getByText(teamName)).toBeVisible();
  await expect(liaison.getByTestId("duty-nights").locator("tbody tr").first()).toBeVisible();

  // officer1 leads tonight's shift and logs it, listing a hazard against liaison1's enterprise.
  const officer = await as(browser, "officer1");
  await officer.goto("/patrols");
  await officer.getByRole("region", { name: "今晚带班" }).getByRole("link", { name: teamName }).click();
  await expect(officer).toHaveURL(/\/patrols\/shifts\/[^/]+$/);
  await officer.waitForLoadState("networkidle");
  await officer.getByLabel("巡逻方式").selectOption("VEHICLE");
  await officer.getByLabel("盘查人员（人）").fill("5");
  await officer.getByLabel("盘查车辆（辆）").fill("2");
  await officer.getByRole("button", { name: "添加发现的隐患" }).click();
  const row = officer.getByTestId("patrol-hazard");
  await expect(row.getByLabel("所属企业")).toBeFocused();
  await row.getByLabel("所属企业").selectOption({ label: enterpriseName });
  await row.getByLabel("隐患描述").fill(hazard);
  await row.getByLabel("位置", { exact: true }).fill("东侧围墙");
  await row.getByLabel("等级", { exact: true }).selectOption("HIGH");
  await row.getByLabel("整改期限").fill(chinaDay(7));
  await officer.getByRole("button", { name: "保存巡逻记录" }).click();
  await expect(officer.getByRole("heading", { name: "巡逻记录", exact: true })).toBeVisible();
  await expect(officer.getByRole("link", { name: hazard })).toBeVisible();

  // The hazard is listed at the enterprise.
  await officer.goto(`/enterprises/${enterpriseId}`);
  await expect(officer.getByText(hazard).first()).toBeVisible();
});
