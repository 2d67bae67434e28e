import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellText, dateCell, dateTimeCell, dayCell, decimalCell, displayWidth, monthCell, shareCell } from "./cells";
import { writeWorkbook } from "./write-workbook";

// 2026-03-31 23:30 in Beijing: still March there, already the 31st 15:30 in UTC.
const LATE_MARCH = new Date("2026-03-31T15:30:00Z");

describe("cellText", () => {
  it("writes shares as percentages, figures with one decimal and instants in Beijing time", () => {
    expect(cellText(shareCell(0.875))).toBe("87.5%");
    expect(cellText(decimalCell(4.333))).toBe("4.3");
    expect(cellText(dateCell(LATE_MARCH))).toBe("2026-03-31");
    expect(cellText(dateTimeCell(LATE_MARCH))).toBe("2026-03-31 23:30");
    expect([cellText(null), cellText(shareCell(null)), cellText(12), cellText("龙水路")]).toEqual([
      "",
      "",
      "12",
      "龙水路",
    ]);
  });

  it("reads China calendar days and months as dates, and leaves other text alone", () => {
    expect(dayCell("2026-03-01")).toEqual({ kind: "date", value: new Date("2026-02-28T16:00:00Z") });
    expect(cellText(dayCell("2026-03-01"))).toBe("2026-03-01");
    expect(cellText(monthCell("2026-03-01"))).toBe("2026-03");
    expect(dayCell("2026-02-30")).toBe("2026-02-30");
  });

  it("counts a Chinese character as two columns wide", () => {
    expect(displayWidth("派出所")).toBe(6);
    expect(displayWidth("S1")).toBe(2);
  });
});

describe("writeWorkbook", () => {
  it("writes a title row, a frozen header, typed and formatted cells and fitted widths", async () => {
    const buffer = await writeWorkbook([
      {
        sheet: "各派出所",
        title: "各派出所｜莱西市公安局｜2026-03-01 至 2026-03-31",
        columns: ["名称", "按时办结率", "平均满意度", "截止时间"],
        rows: [
          ["龙水路派出所", shareCell(0.875), decimalCell(4.33), dateTimeCell(LATE_MARCH)],
          ["姜山派出所：一个名字很长很长的派出所", shareCell(null), null, null],
        ],
      },
      { sheet: "各派出所", title: "again", columns: ["x"], rows: [] },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    const [sheet, second] = book.worksheets;
    expect(second!.name).toBe("各派出所 2");
    expect(sheet!.getCell("A1").value).toBe("各派出所｜莱西市公安局｜2026-03-01 至 2026-03-31");
    expect(sheet!.getRow(2).font?.bold).toBe(true);
    expect(sheet!.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet!.getCell("B3").value).toBe(0.875);
    expect(sheet!.getCell("B3").numFmt).toBe("0.0%");
    expect(sheet!.getCell("C3").numFmt).toBe("0.0");
    // The wall time Beijing readers expect, as a real date cell.
    expect((sheet!.getCell("D3").value as Date).toISOString()).toBe("2026-03-31T23:30:00.000Z");
    expect(sheet!.getCell("D3").numFmt).toBe("yyyy-mm-dd hh:mm");
    expect(sheet!.getColumn(1).width).toBeGreaterThan(sheet!.getColumn(3).width!);
    expect(sheet!.getColumn(1).width).toBeLessThanOrEqual(60);
  });

  it("writes counts as whole numbers, spreads the title and repeats the heading on printed pages", async () => {
    const buffer = await writeWorkbook([
      {
        sheet: "summary",
        title: "汇总｜莱西市公安局｜2026-11-01 至 2026-11-30",
        columns: ["指标", "数值", "日期"],
        rows: [
          ["受理工单", 1234, dateCell(LATE_MARCH)],
          ["按时受理率", shareCell(0.5), monthCell("2026-11-01")],
        ],
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell("B3").value).toBe(1234);
    expect(sheet.getCell("B3").numFmt).toBe("0");
    expect(sheet.getCell("B4").numFmt).toBe("0.0%");
    // A real date cell holding the Beijing day, not text.
    expect(sheet.getCell("C3").value).toBeInstanceOf(Date);
    expect(sheet.getCell("C3").numFmt).toBe("yyyy-mm-dd");
    expect((sheet.getCell("C4").value as Date).toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(sheet.getCell("C4").numFmt).toBe("yyyy-mm");
    expect(sheet.getCell("A1").isMerged).toBe(true);
    expect(sheet.getCell("C1").master.address).toBe("A1");
    expect(sheet.pageSetup.printTitlesRow).toBe("1:2");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    // The long title widens nothing; "按时受理率" (five Chinese characters) counts as 10, plus a margin.
    expect(sheet.getColumn(1).width).toBe(12);
    expect(sheet.getColumn(2).width).toBe(8);
  });
});
