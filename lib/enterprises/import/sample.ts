import { creditCodeCheckChar, normaliseCreditCode } from "../../validation/credit-code.ts";
import type { ImportField, RowValues } from "./columns.ts";

const SAMPLE_CODE = "91330100MA2EXAMPL";
/** Leads the example row's name, so that nobody takes the row for a real enterprise. */
export const SAMPLE_MARK = "【示例，导入时跳过】";

/**
 * The template's example row. Its code is made up (with a correct check character, so that it shows
 * the format); the import recognises the row by that code or by the mark and never registers it.
 */
export const TEMPLATE_SAMPLE: Record<ImportField, string | number> = {
  name: `${SAMPLE_MARK}示例精密制造有限公司`,
  nameEn: "[SAMPLE, skipped on import] Example Precision Manufacturing Co., Ltd.",
  creditCode: SAMPLE_CODE + creditCodeCheckChar(SAMPLE_CODE),
  industry: "装备制造",
  industryEn: "Equipment manufacturing",
  workstation: "",
  address: "工业园区创业路 8 号",
  employees: 120,
  investmentWan: 5000,
  keyProject: "是",
  projectPhase: "在建",
};

const SAMPLE_CREDIT_CODE = String(TEMPLATE_SAMPLE.creditCode);

/** Whether a sheet row is the template's example row, left in or only partly overwritten. */
export function isTemplateSample(values: RowValues): boolean {
  return (
    normaliseCreditCode(values.creditCode ?? "") === SAMPLE_CREDIT_CODE ||
    (values.name ?? "").normalize("NFKC").includes(SAMPLE_MARK.normalize("NFKC"))
  );
}
