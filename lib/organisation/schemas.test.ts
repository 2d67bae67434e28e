import { describe, expect, it } from "vitest";
import { setUnitActiveSchema, stationFieldsSchema, workstationFieldsSchema } from "./schemas";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("unit codes", () => {
  it.each(["ws-nev", "PUBLIC_ORDER", "jiangshan", "a1"])("accepts %s", (code) => {
    expect(stationFieldsSchema.safeParse({ code, name: "测试所" }).success).toBe(true);
  });
  it.each([
    ["x", "organisation.errors.codeRequired"],
    ["-lead", "organisation.errors.codeFormat"],
    ["有空格 code", "organisation.errors.codeFormat"],
    ["a/b", "organisation.errors.codeFormat"],
    ["x".repeat(33), "organisation.errors.codeTooLong"],
  ])("refuses %s with %s", (code, message) => {
    expect(errorsOf(stationFieldsSchema.safeParse({ code, name: "测试所" }))).toEqual({ code: message });
  });
  it("trims what was typed around the code", () => {
    expect(stationFieldsSchema.parse({ code: "  ws-1 ", name: "测试所" }).code).toBe("ws-1");
  });
});

describe("station fields", () => {
  it("takes a phone as people write it, and leaves it empty when not given", () => {
    expect(stationFieldsSchema.parse({ code: "s1", name: "测试所", phone: "(0532) 8888-0000" }).phone).toBe(
      "(0532) 8888-0000",
    );
    expect(stationFieldsSchema.parse({ code: "s1", name: "测试所" }).phone).toBe("");
  });
  it("refuses a phone that is not one", () => {
    expect(errorsOf(stationFieldsSchema.safeParse({ code: "s1", name: "测试所", phone: "call me" }))).toEqual({
      phone: "organisation.errors.phoneFormat",
    });
  });
});

describe("workstation fields", () => {
  it("needs a park and a known cluster", () => {
    expect(
      errorsOf(workstationFieldsSchema.safeParse({ code: "w1", name: "工作站", park: "", cluster: "MOON" })),
    ).toEqual({ park: "organisation.errors.parkRequired", cluster: "organisation.errors.clusterRequired" });
  });
});

describe("switching a unit on or off", () => {
  it("reads the hidden fields of the form", () => {
    expect(setUnitActiveSchema.parse({ kind: "station", id: "s1", version: "3", active: "false" })).toEqual({
      kind: "station",
      id: "s1",
      version: 3,
      active: false,
    });
  });
  it("refuses an unknown kind of unit", () => {
    expect(setUnitActiveSchema.safeParse({ kind: "bureau", id: "b1", version: "0", active: "true" }).success).toBe(
      false,
    );
  });
});
