import { expect, test, as, toasts } from "./support";

// A 1×1 PNG: the portal checks the real type of every upload.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

// Runs last (its own project, after every other spec; see playwright.config.ts): it moves liaison1's
// enterprise away from officer1, which the other specs rely on.

test("the chief reassigns liaison1's enterprise and the tickets follow the new officer", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = "东门门禁刷卡失灵（责任警官调整）";
  const enterpriseName = "青岛芯联微电子有限公司";

  // liaison1 files a ticket, so the enterprise surely has one, and shows us the enterprise's address.
  const liaison = await as(browser, "liaison1");
  await liaison.goto("/tickets/new", { waitUntil: "networkidle" });
  await liaison.locator("#category").selectOption("OTHER");
  await liaison.locator("#priority").selectOption("NORMAL");
  await liaison.locator("#title").fill(title);
  await liaison.locator("#description").fill("东门门禁系统自昨日起无法刷卡，员工只能登记进出。");
  await liaison.locator('input[type="file"]').setInputFiles({ name: "门禁.png", mimeType: "image/png", buffer: PNG });
  await liaison.getByRole("button", { name: "提交", exact: true }).click();
  await expect(liaison).toHaveURL(/\/tickets\/(?!new$)[^/]+$/);
  await liaison.goto("/liaison", { waitUntil: "networkidle" });
  const enterpriseUrl = await liaison.getByRole("link", { name: "查看企业档案" }).getAttribute("href");
  expect(enterpriseUrl).toMatch(/^\/enterprises\/[^/]+$/);
  const enterpriseId = enterpriseUrl!.split("/").pop()!;
  // Liaisons see the officer's card, never the history or the forms.
  await liaison.goto(enterpriseUrl!, { waitUntil: "networkidle" });
  await expect(liaison.getByTestId("officer-card")).toBeVisible();
  await expect(liaison.getByTestId("reassign")).toHaveCount(0);
  await expect(liaison.getByText("责任警官变更记录")).toHaveCount(0);

  // The chief hands it to officer2 (王志强) with a reason.
  const chief = await as(browser, "chief");
  await chief.goto(enterpriseUrl!, { waitUntil: "networkidle" });
  const form = chief.getByTestId("reassign");
  const officer2 = await form.locator("option", { hasText: "王志强" }).getAttribute("value");
  await form.getByLabel("新责任警官").selectOption(officer2!);
  await form.getByLabel("调整原因").fill("辖区调整，改由姜山派出所民警负责");
  await form.getByRole("button").click();
  await expect(toasts(chief, "success")).toHaveText("已完成。");
  await chief.reload({ waitUntil: "networkidle" });
  await expect(chief.getByTestId("officer-card")).toContainText("王志强");
  await expect(chief.getByTestId("assignment-history").locator("li").first()).toContainText("→ 王志强");
  await expect(chief.getByTestId("assignment-history").locator("li").first()).toContainText(
    "辖区调整，改由姜山派出所民警负责",
  );

  // officer2's queue now holds the enterprise's tickets.
  const officer2Page = await as(browser, "officer2");
  await officer2Page.goto(`/tickets?enterprise=${enterpriseId}&status=all`, { waitUntil: "networkidle" });
  await expect(officer2Page.getByRole("link", { name: title })).toBeVisible();

  // officer1's enterprise list no longer has it.
  const officer1Page = await as(browser, "officer1");
  await officer1Page.goto("/enterprises", { waitUntil: "networkidle" });
  await expect(officer1Page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(officer1Page.getByRole("link", { name: enterpriseName })).toHaveCount(0);
});
