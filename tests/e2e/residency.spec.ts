import type { Page } from "@playwright/test";
import { expect, test, as, residentId } from "./support";

// A real 1×1 PNG: the app checks the type from the bytes.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const REQUIRED = ["id-card", "hukou-booklet", "diploma", "labour-contract", "employer-letter"];

/** Files for several checklist items chosen one after another, then sent in one step. */
async function upload(page: Page, codes: string[]) {
  for (const code of codes) {
    const field = page.getByTestId(`upload-${code}`);
    await field
      .locator('input[type="file"]')
      .setInputFiles({ name: `${code}.png`, mimeType: "image/png", buffer: PNG });
    await expect(field.locator('li[data-status="ready"]')).toHaveCount(1);
  }
  await page.getByTestId("upload-documents").locator('button[type="submit"]').click();
  for (const code of codes)
    await expect(page.getByTestId(`doc-${code}`).getByTestId("doc-status")).toHaveText("已收到");
}

test("a talent settlement is filed, completed after one more document, and its ID number stays with the reviewer", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const idNumber = residentId(`37028519960418${String(Math.floor(Math.random() * 900) + 100)}`);
  const masked = `${idNumber.slice(0, 4)}**********${idNumber.slice(14)}`;

  // liaison1 files the request as a draft and uploads the required documents.
  const liaison = await as(browser, "liaison1");
  await liaison.goto("/residency/new", { waitUntil: "networkidle" });
  await liaison.locator("#kind").selectOption("TALENT_SETTLEMENT");
  await liaison.locator("#applicantName").fill("沈嘉禾");
  await liaison.locator("#applicantPhone").fill("13953271846");
  await liaison.locator("#applicantIdNumber").fill(idNumber);
  await liaison.locator("#education").selectOption("MASTER");
  await liaison.locator("#serviceMode").selectOption("WINDOW");
  await liaison.getByRole("button", { name: "保存草稿" }).click();
  await expect(liaison).toHaveURL(/\/residency\/(?!new)[^/?]+$/);
  const url = liaison.url();
  await expect(liaison.getByTestId("request-status")).toHaveText("草稿");
  // The liaison's own page shows the number masked.
  await expect(liaison.getByTestId("applicant-id")).toHaveText(masked);
  await upload(liaison, REQUIRED);
  await liaison.getByTestId("submit").getByRole("button", { name: "提交审核" }).click();
  await expect(liaison.getByTestId("request-status")).toHaveText("已提交");

  // officer1 reviews and asks for one more document.
  const officer = await as(browser, "officer1");
  await officer.goto(url, { waitUntil: "networkidle" });
  await expect(officer.getByTestId("applicant-id")).toHaveText(idNumber);
  await officer.getByTestId("startReview").getByRole("button").click();
  await expect(officer.getByTestId("request-status")).toHaveText("审核中");
  const ask = officer.getByTestId("askMaterials");
  await ask.getByLabel("结婚证（随迁配偶时提供）").check();
  await ask.getByLabel("补充说明").fill("申请人配偶随迁，请补充结婚证。");
  await ask.getByRole("button", { name: "通知补充材料" }).click();
  await expect(officer.getByTestId("request-status")).toHaveText("待补充材料");

  // liaison1 uploads it and submits again.
  await liaison.goto(url, { waitUntil: "networkidle" });
  await expect(liaison.getByText("申请人配偶随迁，请补充结婚证。").first()).toBeVisible();
  await expect(liaison.getByTestId("doc-marriage").getByTestId("doc-status")).toHaveText("已退回");
  await upload(liaison, ["marriage"]);
  await liaison.getByTestId("submit").getByRole("button", { name: "补充完毕，重新提交" }).click();
  await expect(liaison.getByTestId("request-status")).toHaveText("已提交");

  // officer1 accepts every document, approves and completes.
  await officer.goto(url, { waitUntil: "networkidle" });
  await officer.getByTestId("startReview").getByRole("button").click();
  await expect(officer.getByTestId("request-status")).toHaveText("审核中");
  for (const code of [...REQUIRED, "marriage"]) {
    await officer.getByTestId(`accept-${code}`).getByRole("button").click();
    await expect(officer.getByTestId(`doc-${code}`).getByTestId("doc-status")).toHaveText("合格");
  }
  await officer.getByTestId("approve").getByRole("button").click();
  await expect(officer.getByTestId("request-status")).toHaveText("审核通过");
  await officer.getByTestId("complete").getByRole("button").click();
  await expect(officer.getByTestId("request-status")).toHaveText("已办结");

  // liaison1 was told, in words that name the item but not the number.
  await liaison.goto("/notifications", { waitUntil: "networkidle" });
  await expect(liaison.getByText(/需补充材料：结婚证/).first()).toBeVisible();

  // Neither the other enterprise's liaison nor the officer out of scope finds it, or the number anywhere.
  for (const name of ["liaison2", "officer2"]) {
    const other = await as(browser, name);
    const response = await other.goto(url);
    expect(response?.status()).toBe(404);
    expect(await other.content()).not.toContain(idNumber);
    for (const path of [
      "/residency",
      "/residency?status=all",
      "/notifications",
      name === "officer2" ? "/officer" : "/liaison",
    ]) {
      await other.goto(path);
      expect(await other.content(), path).not.toContain(idNumber);
    }
    await other.context().close();
  }
  // Nor do the lists of those who may see the request.
  for (const page of [liaison, officer]) {
    await page.goto("/residency?status=all");
    expect(await page.content()).not.toContain(idNumber);
    await expect(page.getByText(masked).first()).toBeVisible();
  }
});
