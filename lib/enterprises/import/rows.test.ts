import { describe, expect, it } from "vitest";
import { creditCodeCheckChar } from "../../validation/credit-code.ts";
import { checkRow, classifyRows, countStatuses, workstationLookup } from "./rows.ts";
import type { RowValues } from "./columns.ts";

const code = (body: string) => {
  const first17 = `91370285${body}`;
  return first17 + creditCodeCheckChar(first17);
};
const A = code("MA3TEKT01");
const B = code("MA3TEKT02");

const lookup = workstationLookup([
  { id: "ws1", code: "ws-nev", name: "北汽新能源警务工作站", nameEn: "BAIC New Energy Police Workstation" },
  { id: "ws2", code: "ws-it", name: "信息技术警务工作站", nameEn: "" },
]);

const row = (over: RowValues = {}): RowValues => ({
  name: "宏达机械有限公司",
  creditCode: A,
  industry: "装备制造",
  workstation: "ws-nev",
  ...over,
});

describe("checkRow", () => {
  it("accepts a complete row and converts 万元 to yuan", () => {
    const r = checkRow(
      row({ employees: "1,200", investmentWan: "5000", keyProject: "是", projectPhase: "在建" }),
      lookup,
    );
    expect(r).toMatchObject({
      ok: true,
      fields: {
        workstationId: "ws1",
        employees: 1200,
        investmentCny: 50_000_000n,
        keyProject: true,
        projectPhase: "UNDER_CONSTRUCTION",
      },
    });
  });

  it("matches a workstation by code, Chinese or English name, ignoring case and spaces", () => {
    for (const w of ["WS-NEV", "北汽新能源警务工作站", "baic new energy  police workstation"]) {
      expect(checkRow(row({ workstation: w }), lookup)).toMatchObject({ ok: true, fields: { workstationId: "ws1" } });
    }
  });

  it("accepts phases by enum name and normalises a lower-case credit code", () => {
    expect(
      checkRow(row({ keyProject: "yes", projectPhase: "in_production", creditCode: A.toLowerCase() }), lookup),
    ).toMatchObject({
      ok: true,
      fields: { projectPhase: "IN_PRODUCTION", creditCode: A },
    });
  });

  it("reports an unknown workstation, once", () => {
    expect(checkRow(row({ workstation: "不存在的站" }), lookup)).toEqual({
      ok: false,
      errors: { workstation: ["enterpriseImport.errors.unknownWorkstation"] },
    });
  });

  it("reports a bad check character, a missing name and bad numbers, each on its field", () => {
    const bad = A.slice(0, 17) + (A[17] === "0" ? "1" : "0");
    const r = checkRow(
      row({ creditCode: bad, name: "", employees: "many", investmentWan: "-5", workstation: "" }),
      lookup,
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        creditCode: ["validation.creditCode.checkChar"],
        name: ["enterprise.errors.nameRequired"],
        employees: ["enterprise.errors.employees"],
        investmentWan: ["enterprise.errors.investment"],
        workstation: ["enterprise.errors.workstationRequired"],
      },
    });
  });

  it("refuses a phase on an ordinary enterprise and an unknown phase", () => {
    expect(checkRow(row({ projectPhase: "已签约" }), lookup)).toMatchObject({
      ok: false,
      errors: { projectPhase: ["enterprise.errors.phaseWithoutKeyProject"] },
    });
    expect(checkRow(row({ keyProject: "是", projectPhase: "规划中" }), lookup)).toMatchObject({
      ok: false,
      errors: { projectPhase: ["enterprise.errors.phaseInvalid"] },
    });
  });
});

describe("classifyRows", () => {
  it("marks repeats within the file and codes already registered", () => {
    const C = code("MA3TEKT03");
    const rows = classifyRows(
      [
        { line: 2, values: row({ creditCode: A }) },
        { line: 3, values: row({ creditCode: A, name: "另一家公司" }) },
        { line: 4, values: row({ creditCode: B }) },
        { line: 5, values: row({ creditCode: C, workstation: "?" }) },
        { line: 6, values: row({ creditCode: C }) },
      ],
      lookup,
      new Set([B]),
    );
    expect(rows.map((r) => [r.line, r.status])).toEqual([
      [2, "valid"],
      [3, "duplicateInFile"],
      [4, "alreadyRegistered"],
      [5, "error"],
      // The code first appeared on a row with an error; fixing that row would clash with this one.
      [6, "duplicateInFile"],
    ]);
    expect(countStatuses(rows)).toEqual({
      total: 5,
      valid: 1,
      error: 1,
      duplicateInFile: 2,
      alreadyRegistered: 1,
      sample: 0,
    });
    expect(rows[0]!.fields).toMatchObject({ creditCode: A });
  });
});
