import { describe, expect, it } from "vitest";
import { residentIdCheckChar } from "../validation/resident-id";
import { MESSAGES } from "../../messages/index";
import { BATCH_HEADERS, checkBatchRow } from "./batch";

const id = (first17: string) => first17 + residentIdCheckChar(first17);
const person = { applicantName: "王一", applicantIdNumber: id("37028519960418123"), applicantPhone: "13800001111" };

describe("a batch row", () => {
  it("takes the words people write for kind, education and mode, and defaults to the window", () => {
    const row = checkBatchRow(2, { ...person, kind: "人才落户", education: "硕士" });
    expect(row).toMatchObject({
      status: "valid",
      kind: "TALENT_SETTLEMENT",
      input: { kind: "TALENT_SETTLEMENT", education: "MASTER", serviceMode: "WINDOW", greenChannel: false },
    });
    expect(checkBatchRow(3, { ...person, kind: "residence permit", serviceMode: "代办" }).input).toMatchObject({
      kind: "RESIDENCE_PERMIT",
      serviceMode: "PROXY",
    });
  });

  it("shows the numbers masked, also on a valid row", () => {
    const row = checkBatchRow(2, { ...person, kind: "集体户" });
    expect(row.applicantIdNumber).toBe(`3702**********${person.applicantIdNumber.slice(14)}`);
    expect(row.applicantPhone).toBe("138****1111");
  });

  it("reports every wrong field at once", () => {
    const row = checkBatchRow(4, {
      applicantName: "",
      applicantIdNumber: "370285199604181230",
      applicantPhone: "123",
      kind: "落户",
    });
    expect(row.status).toBe("error");
    expect(Object.keys(row.errors).sort()).toEqual(["applicantIdNumber", "applicantName", "applicantPhone", "kind"]);
  });

  it("asks for education only for talent settlement, and a reason only with the green channel", () => {
    expect(checkBatchRow(5, { ...person, kind: "人才落户" }).errors).toEqual({
      education: ["residency.errors.educationRequired"],
    });
    expect(checkBatchRow(6, { ...person, kind: "身份证", greenChannel: "是" }).errors).toEqual({
      greenChannelReason: ["residency.errors.greenChannelReasonRequired"],
    });
  });
});

describe("the batch-filing page's names for its columns", () => {
  it("calls a column in the help by the name the preview gives it", () => {
    const zh = MESSAGES["zh-CN"].residency;
    // The columns the preview table shows (components/residency/batch-form.tsx).
    for (const field of ["applicantName", "applicantIdNumber", "kind"] as const) {
      expect(BATCH_HEADERS[field][0], field).toBe(zh.fields[field]);
    }
    expect(zh.batch.values.startsWith(zh.fields.kind)).toBe(true);
  });
});
