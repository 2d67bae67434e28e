import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { importActions } from "@/lib/enterprises/import/actions-def";
import type { ImportPreview } from "@/lib/enterprises/import/commands";
import { COMMIT_CHUNK_ROWS } from "@/lib/enterprises/import/limits";
import { IMPORT_FIELDS, type ImportField } from "@/lib/enterprises/import/columns";
import { TEMPLATE_SAMPLE } from "@/lib/enterprises/import/sample";
import { importTemplate } from "@/lib/enterprises/import/template";
import { creditCodeCheckChar } from "@/lib/validation/credit-code";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

// Credit codes are unique across the whole system, as the registry's database constraint makes them:
// an import in one county sees another county's codes as "already registered" (and learns nothing
// else about them), and can never write into another county.

const NAMES = ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin"] as const;
const users: Record<string, SessionUser> = {};
let bureauId: string;
let ws: { id: string; code: string; name: string; nameEn: string }[];
let foreignWs: { id: string; name: string };

beforeAll(async () => {
  await loadDemo();
  for (const name of NAMES) users[name] = await sessionUserOf(name);
  bureauId = users.chief!.bureauId!;
  ws = await getDb().workstation.findMany({
    where: { bureauId, active: true },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, nameEn: true },
  });

  const db = getDb();
  const bureau = await db.bureau.create({
    data: { code: "import-other", name: "另一县公安局", nameEn: "Other County PSB" },
  });
  const station = await db.station.create({
    data: { bureauId: bureau.id, code: "io-s", name: "外县派出所", nameEn: "Other station" },
  });
  foreignWs = await db.workstation.create({
    data: {
      bureauId: bureau.id,
      stationId: station.id,
      code: "io-w",
      name: "外县工作站",
      nameEn: "Other WS",
      park: "外县园区",
      parkEn: "Other park",
      cluster: "OTHER",
    },
    select: { id: true, name: true },
  });
  await db.user.create({
    data: { bureauId: bureau.id, username: "import-foreign-chief", name: "外县局长", passwordHash: "-", role: "CHIEF" },
  });
  users.foreignChief = await sessionUserOf("import-foreign-chief");
});

let serial = 0;
/** A valid code no other test uses. */
function freshCode(): string {
  const first17 = `91370285MA7QW${String(++serial).padStart(4, "0")}`;
  return first17 + creditCodeCheckChar(first17);
}
function badCheckChar(code: string): string {
  return code.slice(0, 17) + (code[17] === "0" ? "1" : "0");
}

const HEADER = [
  "企业名称",
  "统一社会信用代码",
  "行业",
  "警务工作站",
  "职工人数",
  "投资额（万元）",
  "重点项目",
  "项目阶段",
];
type Row = (string | number)[];
const row = (name: string, code: string, workstation = ws[0]!.code, extra: Row = [50, 800, "否", ""]): Row => [
  name,
  code,
  "装备制造",
  workstation,
  ...extra,
];

async function xlsxFile(rows: Row[], header = HEADER): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("企业");
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  const bytes = await workbook.xlsx.writeBuffer();
  // The name says .csv on purpose: the type is read from the bytes.
  return new File([bytes as ArrayBuffer], "企业名单.csv");
}

async function preview(user: SessionUser, file: File): Promise<ImportPreview> {
  const result = await runAs(user, importActions.preview, { file });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

/** What the page does on "confirm": the valid rows, chunk by chunk. */
async function commitValid(user: SessionUser, p: ImportPreview) {
  const valid = p.rows.filter((r) => r.status === "valid").map((r) => ({ line: r.line, values: r.values }));
  let imported = 0;
  let skipped = 0;
  for (let at = 0; at < valid.length; at += COMMIT_CHUNK_ROWS) {
    const result = await runAs(user, importActions.commit, { rows: valid.slice(at, at + COMMIT_CHUNK_ROWS) });
    if (!result.ok) throw new Error(JSON.stringify(result));
    imported += result.data.imported;
    skipped += result.data.skipped;
  }
  return { imported, skipped };
}

const importAudits = () =>
  getDb().auditEvent.findMany({ where: { action: "enterprise.import" }, orderBy: { createdAt: "asc" } });

describe("importing a register", () => {
  it("imports every row of a good file, naming workstations by code, Chinese or English name", async () => {
    const codes = [freshCode(), freshCode(), freshCode()];
    const before = (await importAudits()).length;
    const file = await xlsxFile([
      row("青岛恒润精工有限公司", codes[0]!, ws[0]!.code, [1200, "35,000", "是", "在建"]),
      row("莱西盛达包装有限公司", codes[1]!.toLowerCase(), ws[1]!.name),
      row("Laixi Aero Parts Co.", codes[2]!, ws[0]!.nameEn.toUpperCase()),
    ]);
    const p = await preview(users.chief!, file);
    expect(p.counts).toEqual({ total: 3, valid: 3, error: 0, duplicateInFile: 0, alreadyRegistered: 0, sample: 0 });
    expect(p.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(await getDb().enterprise.count({ where: { creditCode: { in: codes } } })).toBe(0);

    expect(await commitValid(users.chief!, p)).toEqual({ imported: 3, skipped: 0 });
    const saved = await getDb().enterprise.findMany({
      where: { creditCode: { in: codes } },
      orderBy: { creditCode: "asc" },
    });
    expect(saved).toHaveLength(3);
    expect(saved.every((e) => e.bureauId === bureauId)).toBe(true);
    const first = saved.find((e) => e.creditCode === codes[0])!;
    expect(first).toMatchObject({
      workstationId: ws[0]!.id,
      employees: 1200,
      investmentCny: 350_000_000n,
      keyProject: true,
      projectPhase: "UNDER_CONSTRUCTION",
    });
    expect(saved.find((e) => e.creditCode === codes[1])!.workstationId).toBe(ws[1]!.id);

    const audits = (await importAudits()).slice(before);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: users.chief!.id, bureauId, entity: "Bureau", entityId: bureauId });
    expect((audits[0]!.after as { creditCodes: string[] }).creditCodes.sort()).toEqual([...codes].sort());
  });

  it("reports bad rows by line and reason and imports the rest", async () => {
    const [a, b, c, d] = [freshCode(), freshCode(), freshCode(), freshCode()];
    const file = await xlsxFile([
      row("甲企业有限公司", a!),
      row("乙企业有限公司", badCheckChar(b!)),
      row("丙企业有限公司", c!, "不存在的工作站"),
      row("丁企业有限公司", a!),
      row("戊企业有限公司", d!),
      row("", freshCode(), ws[0]!.code, ["很多", "", "", ""]),
    ]);
    const p = await preview(users.chief!, file);
    expect(p.counts).toEqual({ total: 6, valid: 2, error: 3, duplicateInFile: 1, alreadyRegistered: 0, sample: 0 });
    expect(p.rows.map((r) => [r.line, r.status, r.errors])).toEqual([
      [2, "valid", {}],
      [3, "error", { creditCode: ["validation.creditCode.checkChar"] }],
      [4, "error", { workstation: ["enterpriseImport.errors.unknownWorkstation"] }],
      [5, "duplicateInFile", {}],
      [6, "valid", {}],
      [7, "error", { name: ["enterprise.errors.nameRequired"], employees: ["enterprise.errors.employees"] }],
    ]);
    expect(await commitValid(users.chief!, p)).toEqual({ imported: 2, skipped: 0 });
    const saved = await getDb().enterprise.findMany({
      where: { creditCode: { in: [a!, b!, c!, d!] } },
      select: { name: true },
    });
    expect(saved.map((e) => e.name).sort()).toEqual(["戊企业有限公司", "甲企业有限公司"].sort());
  });

  it("imports nothing the second time the same file is imported", async () => {
    const codes = [freshCode(), freshCode()];
    const file = await xlsxFile(codes.map((c, i) => row(`重复导入测试企业${i}`, c)));
    const first = await preview(users.chief!, file);
    expect(await commitValid(users.chief!, first)).toEqual({ imported: 2, skipped: 0 });

    const audits = (await importAudits()).length;
    const count = await getDb().enterprise.count();
    const second = await preview(users.admin!, file);
    expect(second.counts).toMatchObject({ total: 2, valid: 0, alreadyRegistered: 2 });
    expect(await commitValid(users.admin!, second)).toEqual({ imported: 0, skipped: 0 });
    // A page that replays the first preview's rows gets them skipped, not duplicated.
    expect(await commitValid(users.admin!, first)).toEqual({ imported: 0, skipped: 2 });
    expect(await getDb().enterprise.count()).toBe(count);
    expect((await importAudits()).length).toBe(audits);
  });

  it("never trusts the rows sent back: each is checked again", async () => {
    const [ok, bad] = [freshCode(), freshCode()];
    const result = await runAs(users.chief!, importActions.commit, {
      rows: [
        { line: 2, values: { name: "复核通过企业", creditCode: ok, industry: "制造", workstation: ws[0]!.code } },
        {
          line: 3,
          values: { name: "篡改代码企业", creditCode: badCheckChar(bad!), industry: "制造", workstation: ws[0]!.code },
        },
        { line: 4, values: { name: "外县工作站企业", creditCode: bad, industry: "制造", workstation: foreignWs.name } },
        { line: 5, values: { name: "同批重复企业", creditCode: ok, industry: "制造", workstation: ws[0]!.code } },
      ],
    });
    expect(result).toEqual({ ok: true, data: { imported: 1, skipped: 3 } });
    expect(await getDb().enterprise.count({ where: { creditCode: { in: [ok!, bad!] } } })).toBe(1);
  });

  it("skips codes registered concurrently instead of failing the chunk", async () => {
    const codes = [freshCode(), freshCode(), freshCode()];
    const rows = codes.map((c, i) => ({
      line: i + 2,
      values: { name: `并发导入企业${i}`, creditCode: c, industry: "制造", workstation: ws[0]!.code },
    }));
    const results = await Promise.all([
      runAs(users.chief!, importActions.commit, { rows }),
      runAs(users.admin!, importActions.commit, { rows }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const imported = results.reduce((n, r) => n + (r.ok ? r.data.imported : 0), 0);
    expect(imported).toBe(3);
    expect(await getDb().enterprise.count({ where: { creditCode: { in: codes } } })).toBe(3);
  });

  it("commits a large file in chunks, one audit event per chunk", async () => {
    const before = (await importAudits()).length;
    const rows = Array.from({ length: 2 * COMMIT_CHUNK_ROWS + 17 }, (_, i) => row(`批量导入测试企业${i}`, freshCode()));
    const p = await preview(users.chief!, await xlsxFile(rows));
    expect(p.counts.valid).toBe(rows.length);
    expect(await commitValid(users.chief!, p)).toEqual({ imported: rows.length, skipped: 0 });
    expect((await importAudits()).length - before).toBe(3);
  });

  it("refuses a chunk larger than the page sends", async () => {
    const rows = Array.from({ length: COMMIT_CHUNK_ROWS + 1 }, (_, i) => ({
      line: i + 2,
      values: { name: `超量${i}`, creditCode: freshCode(), industry: "制造", workstation: ws[0]!.code },
    }));
    expect(await runAs(users.chief!, importActions.commit, { rows })).toMatchObject({
      ok: false,
      message: "errors.invalidInput",
    });
  });
});

describe("reading files", () => {
  it("names the required columns a file lacks", async () => {
    const file = await xlsxFile([["甲企业", "装备制造"]], ["企业名称", "行业"]);
    const result = await runAs(users.chief!, importActions.preview, { file });
    expect(result).toEqual({
      ok: false,
      code: "invalidInput",
      message: "enterpriseImport.errors.missingHeaders",
      fieldErrors: { file: ["enterpriseImport.errors.missingHeaders"] },
    });
  });

  it("reads a GB18030 CSV as Excel on Chinese Windows saves it, with English headers too", async () => {
    const code = freshCode();
    // "name,credit code,industry,workstation" then 中企 (GB18030 d6d0 c6f3), code, 制造 (d6c6 d4ec), workstation code.
    const ascii = (s: string) => Array.from(s, (ch) => ch.charCodeAt(0));
    const bytes = new Uint8Array([
      ...ascii("name,credit code,industry,workstation\r\n"),
      0xd6,
      0xd0,
      0xc6,
      0xf3,
      ...ascii(`,${code},`),
      0xd6,
      0xc6,
      0xd4,
      0xec,
      ...ascii(`,${ws[0]!.code}\r\n`),
    ]);
    const p = await preview(users.chief!, new File([bytes], "register.xlsx"));
    expect(p.rows).toEqual([
      {
        line: 2,
        status: "valid",
        errors: {},
        values: { name: "中企", creditCode: code, industry: "制造", workstation: ws[0]!.code },
      },
    ]);
  });

  it("refuses a file that is not a sheet, an empty one and one over the size limit", async () => {
    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      "register.xlsx",
    );
    expect(await runAs(users.chief!, importActions.preview, { file: png })).toMatchObject({
      ok: false,
      message: "spreadsheet.errors.type",
    });
    expect(await runAs(users.chief!, importActions.preview, { file: new File([], "a.csv") })).toMatchObject({
      ok: false,
      fieldErrors: { file: ["enterpriseImport.errors.empty"] },
    });
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41)], "a.csv");
    expect(await runAs(users.chief!, importActions.preview, { file: big })).toMatchObject({
      ok: false,
      fieldErrors: { file: ["enterpriseImport.errors.tooLarge"] },
    });
    expect(await runAs(users.chief!, importActions.preview, {})).toMatchObject({
      ok: false,
      fieldErrors: { file: ["enterpriseImport.errors.fileRequired"] },
    });
  });
});

describe("who may import", () => {
  it.each(["liaison1", "liaison2", "officer1", "officer2"])(
    "%s is refused both the check and the commit",
    async (name) => {
      const code = freshCode();
      const file = await xlsxFile([row("越权导入企业", code)]);
      const count = await getDb().enterprise.count();
      expect(await runAs(users[name]!, importActions.preview, { file })).toMatchObject({
        ok: false,
        message: "errors.forbidden",
      });
      expect(
        await runAs(users[name]!, importActions.commit, {
          rows: [
            { line: 2, values: { name: "越权导入企业", creditCode: code, industry: "制造", workstation: ws[0]!.code } },
          ],
        }),
      ).toMatchObject({ ok: false, code: "forbidden", message: "errors.forbidden" });
      expect(await getDb().enterprise.count()).toBe(count);
    },
  );

  it("a chief of another county cannot import into this bureau and sees its codes only as registered", async () => {
    const [mine, theirs] = [freshCode(), freshCode()];
    const existing = await getDb().enterprise.findFirstOrThrow({ where: { bureauId }, select: { creditCode: true } });
    const file = await xlsxFile([
      row("借用本局工作站企业", mine!, ws[0]!.code),
      row("已在本局登记的企业", existing.creditCode, foreignWs.name),
      row("外县自己的企业", theirs!, foreignWs.name),
    ]);
    const p = await preview(users.foreignChief!, file);
    expect(p.rows.map((r) => r.status)).toEqual(["error", "alreadyRegistered", "valid"]);
    expect(p.rows[0]!.errors).toEqual({ workstation: ["enterpriseImport.errors.unknownWorkstation"] });

    // Sending this bureau's workstation anyway changes nothing.
    const forced = await runAs(users.foreignChief!, importActions.commit, {
      rows: [
        {
          line: 2,
          values: { name: "借用本局工作站企业", creditCode: mine, industry: "制造", workstation: ws[0]!.code },
        },
      ],
    });
    expect(forced).toEqual({ ok: true, data: { imported: 0, skipped: 1 } });
    expect(await commitValid(users.foreignChief!, p)).toEqual({ imported: 1, skipped: 0 });
    const saved = await getDb().enterprise.findMany({ where: { creditCode: { in: [mine!, theirs!] } } });
    expect(saved.map((e) => [e.creditCode, e.bureauId, e.workstationId])).toEqual([
      [theirs, users.foreignChief!.bureauId, foreignWs.id],
    ]);
  });

  it("skips the template's sample row with a message of its own, left in or half overwritten", async () => {
    const code = freshCode();
    // The downloaded template as it comes, plus one real row and a copy of the sample whose name was
    // overwritten but whose made-up code was left in.
    const workbook = new ExcelJS.Workbook();
    const template = await importTemplate({ workstation: ws[0]!.code });
    await workbook.xlsx.load(Buffer.from(template) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const line = (values: Partial<Record<ImportField, string | number>>) => IMPORT_FIELDS.map((f) => values[f] ?? "");
    sheet.addRow(
      line({ name: "莱西真实企业有限公司", creditCode: code, industry: "装备制造", workstation: ws[0]!.code }),
    );
    sheet.addRow(
      line({
        name: "只改了名称的企业有限公司",
        creditCode: TEMPLATE_SAMPLE.creditCode,
        industry: "装备制造",
        workstation: ws[0]!.code,
      }),
    );
    const file = new File([(await workbook.xlsx.writeBuffer()) as ArrayBuffer], "企业导入模板.xlsx");

    const p = await preview(users.chief!, file);
    expect(p.rows.map((r) => [r.line, r.status, r.errors])).toEqual([
      [2, "sample", {}],
      [3, "valid", {}],
      [4, "sample", {}],
    ]);
    expect(p.counts).toMatchObject({ total: 3, valid: 1, sample: 2 });

    expect(await commitValid(users.chief!, p)).toEqual({ imported: 1, skipped: 0 });
    // A page that sends the sample rows anyway gets them skipped.
    const forced = await runAs(users.chief!, importActions.commit, {
      rows: p.rows.filter((r) => r.status === "sample").map((r) => ({ line: r.line, values: r.values })),
    });
    expect(forced).toEqual({ ok: true, data: { imported: 0, skipped: 2 } });
    const saved = await getDb().enterprise.findMany({
      where: { creditCode: { in: [String(TEMPLATE_SAMPLE.creditCode), code] } },
      select: { creditCode: true },
    });
    expect(saved).toEqual([{ creditCode: code }]);
  });
});
