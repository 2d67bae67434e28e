import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readSheet } from "./read-sheet.ts";
import { sniffSheetKind, zipUnpackedSize } from "./sniff.ts";
import { MAX_SHEET_ROWS } from "./limits.ts";

async function xlsx(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const rejects = (bytes: Uint8Array, key: string) =>
  expect(readSheet(bytes)).rejects.toMatchObject({ key: `spreadsheet.errors.${key}` });

describe("readSheet", () => {
  it("reads an .xlsx with sheet line numbers, skipping blank rows, numbers as typed", async () => {
    const bytes = await xlsx([
      ["企业名称", "职工人数"],
      ["甲公司", 120],
      [null, null],
      ["乙公司", 0.1 + 0.2],
    ]);
    expect(sniffSheetKind(bytes)).toBe("xlsx");
    expect(await readSheet(bytes)).toEqual({
      header: ["企业名称", "职工人数"],
      rows: [
        { line: 2, cells: ["甲公司", "120"] },
        { line: 4, cells: ["乙公司", "0.3"] },
      ],
    });
  });

  it("reads a CSV with quoted commas and newlines, numbering rows as a spreadsheet does", async () => {
    const csv = '\ufeff企业名称,地址\r\n"甲公司","路 1 号, 2 栋"\r\n,\r\n乙公司,"多\n行"\r\n';
    expect(await readSheet(new TextEncoder().encode(csv))).toEqual({
      header: ["企业名称", "地址"],
      rows: [
        { line: 2, cells: ["甲公司", "路 1 号, 2 栋"] },
        { line: 4, cells: ["乙公司", "多\n行"] },
      ],
    });
  });

  it("goes by the bytes, not the name: images, old .xls and broken zips are refused", async () => {
    await rejects(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), "type");
    await rejects(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "legacyXls");
    await rejects(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "unreadable");
  });

  it("refuses a file without a header and one with too many rows", async () => {
    await rejects(new TextEncoder().encode("\r\n,,\r\n"), "noHeader");
    const many = "企业名称\n" + "甲\n".repeat(MAX_SHEET_ROWS + 1);
    await rejects(new TextEncoder().encode(many), "tooManyRows");
  });

  it("knows how much a zip unpacks to", async () => {
    const bytes = await xlsx([["a"]]);
    expect(zipUnpackedSize(bytes)).toBeGreaterThan(0);
    expect(zipUnpackedSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
