import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { rotaWorkbook } from "./rota-sheet";

describe("rotaWorkbook", () => {
  it("writes a title, a header and one row per night, fitted to one A4 page", async () => {
    const bytes = await rotaWorkbook(
      [
        { date: "2026-12-01", weekday: "周二", enterprises: "甲公司、乙公司", leader: "李晓雯", status: "待巡逻" },
        { date: "2026-12-02", weekday: "周三", enterprises: "丙公司、丁公司", leader: "李晓雯", status: "待巡逻" },
      ],
      {
        sheet: "排班表",
        title: "某队 · 2026-12 排班表",
        date: "日期",
        weekday: "星期",
        enterprises: "值守企业",
        leader: "带班民警",
        status: "状态",
      },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    const sheet = book.getWorksheet("排班表")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("某队 · 2026-12 排班表");
    expect(sheet.getRow(2).values).toEqual([undefined, "日期", "星期", "值守企业", "带班民警", "状态"]);
    expect(sheet.getRow(4).getCell(3).value).toBe("丙公司、丁公司");
    expect(sheet.rowCount).toBe(4);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToHeight: 1, fitToWidth: 1 });
  });
});
