import { axeViolations, BLOCKING } from "./axe";
import { expect, test, signInAs } from "./support";

// `also`: the patrol and residency parts each home shows, whatever the demo data holds that day.
const HOMES = [
  {
    username: "liaison1",
    path: "/liaison",
    ready: { zh: "责任警官", en: "Responsible officer" },
    also: {
      zh: ["办理中的户政申请", "下次窗口预约", "本企业值守夜班"],
      en: ["Residency requests in progress", "Next window appointment", "Our duty nights"],
    },
  },
  {
    username: "officer1",
    path: "/officer",
    ready: { zh: "待办概况", en: "My queue" },
    also: { zh: ["今晚巡逻", "户政待审核"], en: ["Tonight's patrol", "Residency reviews waiting"] },
  },
  {
    username: "chief",
    path: "/chief",
    ready: { zh: "工作通报", en: "Bulletin" },
    also: { zh: ["警保联控巡逻", "户政服务"], en: ["Joint night patrols", "Residency services"] },
  },
  { username: "admin", path: "/admin", ready: { zh: "系统管理", en: "Administration" }, also: { zh: [], en: [] } },
  { username: "city", path: "/city", ready: { zh: "全市概况", en: "City overview" }, also: { zh: [], en: [] } },
] as const;

for (const home of HOMES) {
  for (const locale of ["zh", "en"] as const) {
    test(`${home.username}'s home in ${locale} renders with no serious accessibility violations`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      await page
        .context()
        .addCookies([{ name: "NEXT_LOCALE", value: locale === "zh" ? "zh-CN" : "en", url: baseURL! }]);
      await signInAs(page, home.username);
      await page.goto(home.path);
      await expect(page.getByRole("heading", { name: home.ready[locale] }).first()).toBeVisible();
      for (const name of home.also[locale])
        await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
      if (home.path === "/chief") await expect(page.locator(".recharts-surface").first()).toBeVisible();

      const violations = await axeViolations(page);
      const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ""));
      for (const v of violations.filter((x) => !blocking.includes(x))) {
        test
          .info()
          .annotations.push({ type: `axe ${v.impact}`, description: `${v.id}: ${v.help} ${JSON.stringify(v.nodes)}` });
      }
      await page.screenshot({ path: `artifacts/screenshots/${home.username}-${locale}.png`, fullPage: true });
      expect(blocking).toEqual([]);
    });
  }
}

test("the chief's filters stay in the URL and the exports follow them; others are refused", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, "chief");
  await page.goto("/chief", { waitUntil: "networkidle" });
  await page.getByLabel("统计周期").selectOption("year");
  await page.getByRole("button", { name: "查看", exact: true }).click();
  await expect(page).toHaveURL(/period=year/);
  await expect(page.getByLabel("统计周期")).toHaveValue("year");
  await expect(page.getByTestId("bulletin").locator('p[lang="zh-CN"]')).toContainText("年，全县共受理企业反映问题");
  // The reader's language; the English text waits behind one click.
  await expect(page.getByTestId("bulletin").locator("p:visible")).toHaveCount(1);
  await expect(page.getByTestId("bulletin").locator('p[lang="zh-CN"]')).toContainText(
    /开展夜间巡逻 \d+ 班次，出动保安 [\d,]+ 人次/,
  );
  await expect(page.getByTestId("bulletin").locator('p[lang="zh-CN"]')).toContainText(/户政业务/);

  // The traffic lights are a tab away, the period kept; a station's row leads to the lists narrowed
  // to that station.
  await page.getByTestId("dashboard-views").getByRole("link", { name: "红黄绿灯" }).click();
  await expect(page).toHaveURL(/period=year&view=lights/);
  await expect(page.getByTestId("dashboard-views").getByRole("link", { name: "红黄绿灯" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByTestId("tickets-received")).toHaveCount(0);
  await page.getByTestId("station-lights").getByRole("link").first().click();
  await expect(page).toHaveURL(/period=year&station=[^&]+&view=lists$/);
  await expect(page.locator("#lists")).toBeVisible();
  // Changing the period keeps the part shown.
  await page.getByLabel("统计周期").selectOption("quarter");
  await page.getByRole("button", { name: "查看", exact: true }).click();
  await expect(page).toHaveURL(/period=quarter/);
  await expect(page).toHaveURL(/view=lists/);
  await expect(page.locator("#lists")).toBeVisible();
  await page.getByLabel("统计周期").selectOption("year");
  await page.getByRole("button", { name: "查看", exact: true }).click();
  await expect(page).toHaveURL(/period=year/);

  const exportHref = await page.getByTestId("export-all").getAttribute("href");
  expect(exportHref).toMatch(/^\/chief\/export\/all\?period=year&station=/);
  const xlsx = await page.request.get(exportHref!);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  const csv = await page.request.get("/chief/export/stations?format=csv");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("派出所");

  const report = await page.request.get("/chief/report?period=quarter");
  expect(report.status()).toBe(200);

  const officer = await (await browser.newContext()).newPage();
  await signInAs(officer, "officer1");
  expect((await officer.request.get("/chief/export/stations?format=csv")).status()).toBe(403);
});

test("the chief reading in English gets the bulletin in English, the Chinese one a click away", async ({
  page,
  baseURL,
}) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await signInAs(page, "chief");
  await page.goto("/chief?period=year", { waitUntil: "networkidle" });
  const bulletin = page.getByTestId("bulletin");
  await expect(bulletin.locator('p[lang="en"]')).toContainText(
    /^In \d{4}, the county received \d+ problems from enterprises/,
  );
  await expect(bulletin.locator("p:visible")).toHaveCount(1);
  const chinese = bulletin.locator('p[lang="zh-CN"]');
  await expect(chinese).toBeHidden();
  await bulletin.getByText("中文版").click();
  await expect(chinese).toBeVisible();
  await expect(chinese).toContainText("年，全县共受理企业反映问题");
});

test("the first Tab reaches a skip link that takes the keyboard past the menu to the page", async ({ page }) => {
  await signInAs(page, "officer1");
  await page.goto("/tickets", { waitUntil: "networkidle" });
  await page.keyboard.press("Tab");
  const skip = page.getByTestId("skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText("跳到正文");
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  // The next Tab goes on inside the page, not back into the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
});
