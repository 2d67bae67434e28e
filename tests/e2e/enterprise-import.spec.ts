import ExcelJS from "exceljs";
import { creditCodeCheckChar } from "../../lib/validation/credit-code";
import { expect, test, signInAs } from "./support";

const code = (n: number) => {
  const first17 = `91370285MA8E2E${String(n).padStart(3, "0")}`;
  return first17 + creditCodeCheckChar(first17);
};
const wrongCheck = (c: string) => c.slice(0, 17) + (c[17] === "0" ? "1" : "0");

// Starts with digits so that it sorts onto the first page of the name-ordered list.
const NEW_NAME = "000导入验证精工有限公司";

async function registerXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("企业名单");
  sheet.addRow([
    "*企业名称",
    "*统一社会信用代码",
    "*行业",
    "*警务工作站",
    "职工人数",
    "投资额（万元）",
    "重点项目",
    "项目阶段",
  ]);
  sheet.addRow([NEW_NAME, code(1), "装备制造", "ws-nev", 320, 12000, "是", "在建"]);
  sheet.addRow(["莱西导入验证包装有限公司", code(2), "包装", "北汽新能源警务工作站", 80, 500, "否", ""]);
  sheet.addRow(["代码错误的企业", wrongCheck(code(3)), "食品加工", "ws-nev", 10, 0, "否", ""]);
  sheet.addRow(["工作站不存在的企业", code(4), "物流", "不存在的警务工作站", 10, 0, "否", ""]);
  sheet.addRow(["Laixi Import Check Foods Co.", code(5), "食品加工", "ws-nev", 60, 900, "否", ""]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("chief imports an XLSX with two bad rows and sees them reported", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "chief");
  await page.goto("/enterprises/import", { waitUntil: "networkidle" });

  await page.locator("#file").setInputFiles({
    name: "企业名单.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await registerXlsx(),
  });
  await page.getByRole("button", { name: "检查文件" }).click();

  const preview = page.getByTestId("import-preview");
  await expect(preview.getByTestId("count-valid")).toContainText("3");
  await expect(preview.getByTestId("count-error")).toContainText("2");

  // The two bad rows, by their row number in the sheet, with their reasons as text.
  const row4 = preview.locator('tr[data-line="4"]');
  await expect(row4.getByRole("rowheader")).toHaveText("4");
  await expect(row4).toContainText("有错误");
  await expect(row4).toContainText("统一社会信用代码：统一社会信用代码校验未通过");
  const row5 = preview.locator('tr[data-line="5"]');
  await expect(row5).toContainText("警务工作站：本局没有这个警务工作站");

  await preview.getByLabel("只看有问题的行").check();
  await expect(preview.locator("tbody tr")).toHaveCount(2);

  await preview.getByRole("button", { name: "确认导入 3 家企业" }).click();
  await expect(preview.getByTestId("import-summary")).toContainText("导入完成：新增 3 家企业，跳过 2 行。");
  await expect(preview.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "3");
  await expect(preview.getByText("已导入 3 / 3")).toBeVisible();

  await preview.getByRole("link", { name: "返回企业列表" }).click();
  await expect(page).toHaveURL(/\/enterprises$/);
  await expect(page.getByText(NEW_NAME)).toBeVisible();

  // The same file again: everything is already registered, nothing can be imported.
  await page.goto("/enterprises/import", { waitUntil: "networkidle" });
  await page
    .locator("#file")
    .setInputFiles({ name: "企业名单.xlsx", mimeType: "application/octet-stream", buffer: await registerXlsx() });
  await page.getByRole("button", { name: "检查文件" }).click();
  await expect(page.getByTestId("count-registered")).toContainText("3");
  await expect(page.getByRole("button", { name: "确认导入 0 家企业" })).toBeDisabled();
});

test("the template is a workbook for chiefs and refused to officers", async ({ browser }) => {
  const chief = await (await browser.newContext()).newPage();
  await signInAs(chief, "chief");
  const response = await chief.request.get("/enterprises/import/template");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("spreadsheetml");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  expect(workbook.worksheets[0]!.getRow(1).getCell(1).text).toBe("*企业名称");

  const officer = await (await browser.newContext()).newPage();
  await signInAs(officer, "officer1");
  expect((await officer.request.get("/enterprises/import/template")).status()).toBe(403);
  expect((await officer.goto("/enterprises/import"))?.status()).toBe(403);
});
