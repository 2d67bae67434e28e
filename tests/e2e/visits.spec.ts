import { expect, test, signInAs, takeConfirmedStep } from "./support";

test("an officer logs a visit and finds it on the enterprise's page", async ({ page }) => {
  await signInAs(page, "officer1");
  await page.goto("/visits", { waitUntil: "networkidle" });
  await page
    .getByRole("link", { name: /登记走访/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/visits\/new\?enterprise=/);
  const enterpriseId = new URL(page.url()).searchParams.get("enterprise")!;
  await page.waitForLoadState("networkidle");
  await page.locator("#kind").selectOption("SAFETY_INSPECTION");
  await page.locator("#findings").fill("消防通道畅通，灭火器均在有效期内。");
  await page.getByRole("button", { name: "保存走访记录" }).click();
  await expect(page).toHaveURL(/\/visits$/);
  await page.goto(`/enterprises/${enterpriseId}`);
  await expect(page.getByText("消防通道畅通，灭火器均在有效期内。")).toBeVisible();
});

// A real 1×1 PNG: the server reads the type from the bytes.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test("a hazard listed on a visit is reported rectified with a photo and closed out", async ({ browser }) => {
  test.setTimeout(120_000);
  const description = "配电房门锁损坏，无关人员可随意进入";
  const officer = await (await browser.newContext()).newPage();
  const liaison = await (await browser.newContext()).newPage();
  await signInAs(officer, "officer1");
  await signInAs(liaison, "liaison1");
  await liaison.goto("/liaison");
  await liaison.getByRole("link", { name: "查看企业档案" }).click();
  await expect(liaison).toHaveURL(/\/enterprises\/[^/]+$/);
  const enterpriseId = liaison.url().split("/").pop()!;

  // officer1 logs a visit and lists the hazard found on it in the same form.
  await officer.goto(`/visits/new?enterprise=${enterpriseId}`, { waitUntil: "networkidle" });
  await officer.locator("#findings").fill("检查配电房及消防设施，发现门锁损坏。");
  await officer.getByRole("button", { name: "添加本次发现的隐患" }).click();
  const row = officer.getByTestId("visit-hazard");
  await expect(row.getByLabel("隐患描述")).toBeFocused();
  await row.getByLabel("隐患描述").fill(description);
  await row.getByLabel("位置", { exact: true }).fill("一号配电房");
  await row.getByLabel("等级", { exact: true }).selectOption("HIGH");
  // A deadline in the past is answered at the row's field, and nothing typed is lost.
  await row.getByLabel("整改期限").fill("2020-01-01");
  await officer.getByRole("button", { name: "保存走访记录" }).click();
  await expect(row.locator("#hazards-0-deadline-error")).toBeVisible();
  await expect(row.getByLabel("隐患描述")).toHaveValue(description);
  const inAWeek = new Date(Date.now() + 7 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  await row.getByLabel("整改期限").fill(inAWeek);
  await officer.getByRole("button", { name: "保存走访记录" }).click();
  await expect(officer).toHaveURL(/\/visits$/);

  // liaison1 is told of the new hazard and follows the notice to it.
  await liaison.goto("/notifications");
  await liaison.getByRole("listitem").filter({ hasText: description }).first().getByRole("link").click();
  await expect(liaison).toHaveURL(/\/hazards\/[^/]+$/);
  const url = liaison.url();

  // liaison1 reports the rectification with a photo.
  await liaison.waitForLoadState("networkidle");
  const report = liaison.getByTestId("report");
  await report.getByLabel("整改情况").fill("已更换门锁，钥匙由电工班专人保管。");
  await report.locator('input[type="file"]').setInputFiles({ name: "新门锁.png", mimeType: "image/png", buffer: PNG });
  await report.getByRole("button", { name: "报告整改完成" }).click();
  await expect(liaison.getByText("待验收").first()).toBeVisible();
  await expect(liaison.getByRole("link", { name: /新门锁\.png/ }).first()).toBeVisible();

  // officer1 sees the photo and closes the hazard out.
  await officer.goto(url, { waitUntil: "networkidle" });
  const photo = officer.getByRole("link", { name: /新门锁\.png/ }).first();
  await expect(photo).toBeVisible();
  // Both sides of the hazard can open the photo itself, not just see its name.
  const href = (await photo.getAttribute("href"))!;
  expect((await officer.request.get(href)).status()).toBe(200);
  expect((await liaison.request.get(href)).status()).toBe(200);
  // Closing out cannot be undone: the button asks first, and only the confirmation sends.
  await takeConfirmedStep(officer, "close", /销号|Close/);
  await expect(officer.getByText("已销号").first()).toBeVisible();
});
