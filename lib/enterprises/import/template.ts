import ExcelJS from "exceljs";
import { creditCodeCheckChar } from "../../validation/credit-code.ts";
import { HEADER_ALIASES, IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from "./columns.ts";

const EXAMPLE_CODE = "91330100MA2EXAMPL";

/** The example row of the template; the code is a made-up one with a correct check character. */
export const TEMPLATE_EXAMPLE: Record<ImportField, string | number> = {
  name: "示例精密制造有限公司",
  nameEn: "Example Precision Manufacturing Co., Ltd.",
  creditCode: EXAMPLE_CODE + creditCodeCheckChar(EXAMPLE_CODE),
  industry: "装备制造",
  industryEn: "Equipment manufacturing",
  workstation: "",
  address: "工业园区创业路 8 号",
  employees: 120,
  investmentWan: 5000,
  keyProject: "是",
  projectPhase: "在建",
};

/** An .xlsx with the headers (required ones marked) and one example row to overwrite. */
export async function importTemplate(example: Partial<Record<ImportField, string | number>> = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("企业名单");
  sheet.addRow(
    IMPORT_FIELDS.map((f) => (REQUIRED_FIELDS.includes(f) ? `*${HEADER_ALIASES[f][0]}` : HEADER_ALIASES[f][0])),
  );
  sheet.addRow(IMPORT_FIELDS.map((f) => example[f] ?? TEMPLATE_EXAMPLE[f]));
  sheet.getRow(1).font = { bold: true };
  // Codes are text: as numbers, Excel would round an all-digit code to 15 significant digits.
  sheet.getColumn(IMPORT_FIELDS.indexOf("creditCode") + 1).numFmt = "@";
  sheet.columns.forEach((column) => (column.width = 20));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
