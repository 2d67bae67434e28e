import { describe, expect, it } from "vitest";
import { headerLabel, mapHeaders, rowValues } from "./columns.ts";

describe("mapHeaders", () => {
  it("recognises the Chinese headers of the template, required marks included", () => {
    const { columns, missing } = mapHeaders([
      "*企业名称",
      "英文名称",
      "*统一社会信用代码",
      "*行业",
      "英文行业",
      "*警务工作站",
      "地址",
      "职工人数",
      "投资额（万元）",
      "重点项目",
      "项目阶段",
    ]);
    expect(missing).toEqual([]);
    expect(columns).toEqual({
      name: 0,
      nameEn: 1,
      creditCode: 2,
      industry: 3,
      industryEn: 4,
      workstation: 5,
      address: 6,
      employees: 7,
      investmentWan: 8,
      keyProject: 9,
      projectPhase: 10,
    });
  });

  it("recognises English headers in any case and spacing, and half-width brackets", () => {
    const { columns, missing } = mapHeaders([
      "Credit Code",
      " NAME ",
      "Industry",
      "Police  Workstation",
      "投资额(万元)",
      "English name",
    ]);
    expect(missing).toEqual([]);
    expect(columns).toMatchObject({ creditCode: 0, name: 1, industry: 2, workstation: 3, investmentWan: 4, nameEn: 5 });
  });

  it("names the required columns that are missing and ignores unknown ones", () => {
    const { columns, missing } = mapHeaders(["企业名称", "备注", "地址"]);
    expect(columns).toEqual({ name: 0, address: 2 });
    expect(missing).toEqual(["creditCode", "industry", "workstation"]);
    expect(headerLabel("creditCode")).toBe("统一社会信用代码 (credit code)");
  });

  it("takes the first of two columns for the same field", () => {
    expect(mapHeaders(["名称", "企业名称"]).columns.name).toBe(0);
  });
});

describe("rowValues", () => {
  it("reads each mapped cell, trimmed, and leaves short rows blank", () => {
    expect(rowValues([" 宏达 ", "X"], { name: 0, creditCode: 1, industry: 5 })).toEqual({
      name: "宏达",
      creditCode: "X",
      industry: "",
    });
  });
});
