import { expect, test, as, takeConfirmedStep } from "./support";

test("a hazard is listed by the officer, rectified by the enterprise and closed out", async ({ browser }) => {
  test.setTimeout(120_000);
  const description = "二号仓库消防通道堆放纸箱";

  // officer1 lists a hazard at liaison1's enterprise, which is theirs.
  const officer = await as(browser, "officer1");
  const liaison = await as(browser, "liaison1");
  await liaison.goto("/liaison");
  await liaison.getByRole("link", { name: "查看企业档案" }).click();
  await expect(liaison).toHaveURL(/\/enterprises\/[^/]+$/);
  const enterpriseId = liaison.url().split("/").pop()!;

  // It was reported in one of the enterprise's tickets: the officer lists it from there.
  await officer.goto(`/tickets?enterprise=${enterpriseId}&status=all`);
  await officer.getByRole("table").getByRole("link").first().click();
  await expect(officer).toHaveURL(/\/tickets\/[^/]+$/);
  const ticketNumber = (await officer.locator("main p.font-mono").first().innerText()).trim();
  await officer.getByRole("link", { name: "据此挂牌隐患" }).click();
  await expect(officer.getByText(`来源：问题 ${ticketNumber}`)).toBeVisible();
  await officer.waitForLoadState("networkidle");
  await officer.locator("#description").fill(description);
  await officer.locator("#location").fill("二号仓库");
  await officer.locator("#severity").selectOption("HIGH");
  const inAWeek = new Date(Date.now() + 7 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  await officer.locator("#deadline").fill(inAWeek);
  await officer.getByRole("button", { name: "挂牌", exact: true }).click();
  await expect(officer).toHaveURL(/\/hazards\/(?!new)[^/?]+$/);
  const url = officer.url();
  await expect(officer.getByText("已挂牌").first()).toBeVisible();
  await expect(officer.getByRole("link", { name: `问题 ${ticketNumber}` })).toBeVisible();

  // liaison1 reports it rectified.
  await liaison.goto(url, { waitUntil: "networkidle" });
  await expect(liaison.getByText(description)).toBeVisible();
  await liaison.getByTestId("report").getByLabel("整改情况").fill("纸箱已清走，通道已划线。");
  await liaison.getByTestId("report").getByRole("button", { name: "报告整改完成" }).click();
  await expect(liaison.getByText("待验收").first()).toBeVisible();

  // officer1 verifies and closes it out.
  await officer.goto(url, { waitUntil: "networkidle" });
  // Closing out cannot be undone: the button asks first, and only the confirmation sends.
  await takeConfirmedStep(officer, "close", /销号|Close/);
  await expect(officer.getByText("已销号").first()).toBeVisible();

  // liaison2 cannot open it.
  const other = await as(browser, "liaison2");
  expect((await other.goto(url))?.status()).toBe(404);
});
