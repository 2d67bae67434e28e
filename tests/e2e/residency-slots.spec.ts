import { axeViolations, BLOCKING } from "./axe";
import { expect, test, as, residentId, toasts } from "./support";

const nextDay = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test("an officer opens a week of window slots, closes a day of it, and a liaison books one of them", async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // officer1 reaches the slots from the residency list, on a phone.
  const officer = await as(browser, "officer1", { width: 360, height: 740 });
  await officer.goto("/residency", { waitUntil: "networkidle" });
  await officer.getByRole("link", { name: "预约时段" }).click();
  await expect(officer).toHaveURL(/\/residency\/slots$/);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("预约时段");

  // A week three weeks ahead, past the demo's own slots: workdays at 10:00 and 11:00, two places each.
  const form = officer.getByTestId("open-slots");
  const week = form.locator("#week");
  const monday = await week.locator("option").nth(3).getAttribute("value");
  await week.selectOption(monday!);
  await form.locator("#times").fill("10:00，11:00");
  await form.locator("#length").fill("45");
  await form.locator("#capacity").fill("2");
  await form.getByRole("button", { name: "开放时段" }).click();
  await expect(
    toasts(officer, "success").filter({ hasText: /新开放 10 个时段；0 个同一时间的时段已存在/ }),
  ).toBeVisible();
  // Sent again, nothing is doubled.
  await form.getByRole("button", { name: "开放时段" }).click();
  await expect(
    toasts(officer, "success").filter({ hasText: /新开放 0 个时段；10 个同一时间的时段已存在/ }),
  ).toBeVisible();

  await officer.goto(`/residency/slots?week=${monday}`, { waitUntil: "networkidle" });
  const mondayList = officer.getByTestId(`day-${monday}`);
  await expect(mondayList.getByTestId("slot")).toHaveText(["10:00–10:45已约 0 / 2", "11:00–11:45已约 0 / 2"]);
  expect(await officer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect((await axeViolations(officer, ["main"])).filter((v) => BLOCKING.has(v.impact ?? ""))).toEqual([]);

  // Closing Tuesday asks first; going back leaves it as it was, confirming removes its unbooked slots.
  const tuesday = nextDay(monday!, 1);
  const close = officer.getByTestId(`close-${tuesday}`);
  await close.getByRole("button", { name: "关闭当天" }).click();
  await close.getByRole("alertdialog").getByRole("button", { name: "取消" }).click();
  await expect(officer.getByTestId(`day-${tuesday}`).getByTestId("slot")).toHaveCount(2);
  await close.getByRole("button", { name: "关闭当天" }).click();
  await close.getByRole("alertdialog").getByRole("button", { name: "确认关闭当天" }).click();
  await expect(officer.getByTestId(`day-${tuesday}`)).toContainText("当天没有时段");

  // liaison1 files a request served by appointment at the window; the page says what to do next.
  const liaison = await as(browser, "liaison1");
  await liaison.goto("/residency/new", { waitUntil: "networkidle" });
  await liaison.locator("#kind").selectOption("TALENT_SETTLEMENT");
  await liaison.locator("#applicantName").fill("韩知远");
  await liaison.locator("#applicantPhone").fill("13953271846");
  await liaison
    .locator("#applicantIdNumber")
    .fill(residentId(`37028519950712${String(Math.floor(Math.random() * 900) + 100)}`));
  await liaison.locator("#education").selectOption("MASTER");
  await liaison.locator("#serviceMode").selectOption("APPOINTMENT");
  await liaison.getByRole("button", { name: "保存草稿" }).click();
  await expect(liaison).toHaveURL(/\/residency\/(?!new)[^/?]+$/);
  const next = liaison.getByTestId("next-step");
  await expect(next).toContainText("还缺");
  await expect(next).toContainText("可以现在就在下方预约时段");

  // It books the officer's Monday 11:00 slot.
  const book = liaison.getByTestId("book");
  const option = book.locator("option", { hasText: `${monday} 11:00–11:45` });
  await book.getByRole("combobox").selectOption((await option.getAttribute("value"))!);
  await book.getByRole("button", { name: "预约" }).click();
  await expect(liaison.getByTestId("booked-slot")).toContainText(`${monday} 11:00–11:45`);
  await expect(next).not.toContainText("可以现在就在下方预约时段");
  await expect(liaison.getByTestId("history").locator('[data-action="residency.book"]')).toHaveCount(1);

  // The officer's week shows the place taken.
  await officer.reload({ waitUntil: "networkidle" });
  await expect(mondayList.getByTestId("slot").nth(1)).toHaveText("11:00–11:45已约 1 / 2");
});
