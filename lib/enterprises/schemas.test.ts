import { describe, expect, it } from "vitest";
import { creditCodeCheckChar } from "../validation/credit-code";
import { enterpriseFieldsSchema, investmentWanOf, MAX_EMPLOYEES, MAX_INVESTMENT_WAN } from "./schemas";

const code = (body = "91370285MA3C00001") => body + creditCodeCheckChar(body);

const valid = {
  name: "青岛华迅精密机械有限公司",
  creditCode: code(),
  industry: "装备制造",
  workstationId: "ws1",
};

const parse = (over: Record<string, unknown>) => enterpriseFieldsSchema.safeParse({ ...valid, ...over });
const messages = (over: Record<string, unknown>) => {
  const result = parse(over);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("enterpriseFieldsSchema", () => {
  it("fills optional fields with their defaults and stores investment in yuan", () => {
    expect(enterpriseFieldsSchema.parse(valid)).toEqual({
      ...valid,
      nameEn: "",
      industryEn: "",
      address: "",
      employees: 0,
      investmentCny: 0n,
      keyProject: false,
      projectPhase: null,
    });
  });

  it("reads form text the way people type it", () => {
    const parsed = enterpriseFieldsSchema.parse({
      ...valid,
      name: "  华迅机械  ",
      creditCode: ` ${code().toLowerCase()} `,
      employees: "1,250",
      investmentWan: "12，000.5",
      keyProject: "on",
      projectPhase: "UNDER_CONSTRUCTION",
    });
    expect(parsed).toMatchObject({
      name: "华迅机械",
      creditCode: code(),
      employees: 1250,
      investmentCny: 120_005_000n,
      keyProject: true,
      projectPhase: "UNDER_CONSTRUCTION",
    });
  });

  it("reads sheet cells: numbers, 是/否 and blanks", () => {
    expect(
      enterpriseFieldsSchema.parse({
        ...valid,
        employees: 80,
        investmentWan: 3000,
        keyProject: "是",
        projectPhase: "",
      }),
    ).toMatchObject({
      employees: 80,
      investmentCny: 30_000_000n,
      keyProject: true,
      projectPhase: null,
    });
    expect(
      enterpriseFieldsSchema.parse({ ...valid, keyProject: "否", employees: "", investmentWan: " " }),
    ).toMatchObject({ keyProject: false, employees: 0, investmentCny: 0n });
  });

  it("names each wrong field with its own message key", () => {
    expect(messages({ name: "华", industry: "", workstationId: "" })).toEqual([
      "name: enterprise.errors.nameRequired",
      "industry: enterprise.errors.industryRequired",
      "workstationId: enterprise.errors.workstationRequired",
    ]);
    expect(messages({ name: "企".repeat(101) })).toEqual(["name: enterprise.errors.nameTooLong"]);
    expect(messages({ creditCode: "91370285MA3C000010" })).toEqual(["creditCode: validation.creditCode.checkChar"]);
    expect(messages({ creditCode: "12345" })).toEqual(["creditCode: validation.creditCode.format"]);
    expect(messages({ keyProject: "maybe" })).toEqual(["keyProject: enterprise.errors.flagInvalid"]);
    expect(messages({ keyProject: "on", projectPhase: "DEMOLISHED" })).toEqual([
      "projectPhase: enterprise.errors.phaseInvalid",
    ]);
  });

  it("keeps counts whole and within range", () => {
    expect(messages({ employees: "12.5" })).toEqual(["employees: enterprise.errors.employees"]);
    expect(messages({ employees: "-1" })).toEqual(["employees: enterprise.errors.employees"]);
    expect(messages({ employees: MAX_EMPLOYEES + 1 })).toEqual(["employees: enterprise.errors.employees"]);
    expect(messages({ employees: "很多" })).toEqual(["employees: enterprise.errors.employees"]);
    expect(messages({ investmentWan: MAX_INVESTMENT_WAN + 1 })).toEqual([
      "investmentWan: enterprise.errors.investment",
    ]);
    expect(messages({ investmentWan: "Infinity" })).toEqual(["investmentWan: enterprise.errors.investment"]);
  });

  it("allows a phase only on a key project", () => {
    expect(messages({ projectPhase: "SIGNED" })).toEqual(["projectPhase: enterprise.errors.phaseWithoutKeyProject"]);
    expect(messages({ keyProject: true, projectPhase: "SIGNED" })).toEqual([]);
    expect(messages({ keyProject: true })).toEqual([]);
  });

  it("converts yuan back to 万元 for the form", () => {
    expect(investmentWanOf(120_005_000n)).toBe(12_000.5);
    expect(investmentWanOf(0n)).toBe(0);
  });
});
