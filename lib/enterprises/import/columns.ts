// Which sheet column holds which field, recognised by its header in Chinese or English.
import { normaliseHeader } from "../../spreadsheet/headers.ts";

export const IMPORT_FIELDS = [
  "name",
  "nameEn",
  "creditCode",
  "industry",
  "industryEn",
  "workstation",
  "address",
  "employees",
  "investmentWan",
  "keyProject",
  "projectPhase",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_FIELDS: readonly ImportField[] = ["name", "creditCode", "industry", "workstation"];

/** The first alias is the template's header; the others are what people actually type. */
export const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  name: ["企业名称", "名称", "企业", "单位名称", "name", "enterprise name", "company name", "enterprise", "company"],
  nameEn: ["英文名称", "英文名", "企业英文名称", "english name", "name (english)", "name en"],
  creditCode: ["统一社会信用代码", "社会信用代码", "信用代码", "credit code", "unified social credit code", "uscc"],
  industry: ["行业", "所属行业", "industry"],
  industryEn: ["英文行业", "行业（英文）", "行业英文", "industry (english)", "english industry", "industry en"],
  workstation: ["警务工作站", "工作站", "所属工作站", "workstation", "police workstation"],
  address: ["地址", "企业地址", "address"],
  employees: ["职工人数", "员工人数", "职工数", "employees", "number of employees", "staff"],
  investmentWan: [
    "投资额（万元）",
    "投资额",
    "投资金额（万元）",
    "investment",
    "investment (10k cny)",
    "investment (wan)",
  ],
  keyProject: ["重点项目", "是否重点项目", "key project"],
  projectPhase: ["项目阶段", "阶段", "project phase", "phase"],
};

/** The English header of each field, to name missing columns to either reader. */
const ENGLISH_HEADER: Record<ImportField, string> = {
  name: "name",
  nameEn: "English name",
  creditCode: "credit code",
  industry: "industry",
  industryEn: "English industry",
  workstation: "workstation",
  address: "address",
  employees: "employees",
  investmentWan: "investment",
  keyProject: "key project",
  projectPhase: "project phase",
};

const BY_ALIAS = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => HEADER_ALIASES[field].map((alias) => [normaliseHeader(alias), field] as const)),
);

export type ColumnMap = Partial<Record<ImportField, number>>;

/** Column index of each recognised field (the first such column wins) and the required fields not found. */
export function mapHeaders(headers: readonly string[]): { columns: ColumnMap; missing: ImportField[] } {
  const columns: ColumnMap = {};
  headers.forEach((header, index) => {
    const field = BY_ALIAS.get(normaliseHeader(header));
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return { columns, missing: REQUIRED_FIELDS.filter((f) => columns[f] === undefined) };
}

/** "统一社会信用代码 (credit code)": a missing column named so that either reader can find it. */
export function headerLabel(field: ImportField): string {
  return `${HEADER_ALIASES[field][0]} (${ENGLISH_HEADER[field]})`;
}

export type RowValues = Partial<Record<ImportField, string>>;

/** One sheet row as field → cell text. */
export function rowValues(cells: readonly string[], columns: ColumnMap): RowValues {
  const out: RowValues = {};
  for (const field of IMPORT_FIELDS) {
    const index = columns[field];
    if (index !== undefined) out[field] = (cells[index] ?? "").trim();
  }
  return out;
}
