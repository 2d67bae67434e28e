import { describe, expect, it } from "vitest";
import { nextStep } from "./next-step.ts";

const docs = [
  { label: "身份证", required: true, status: "RECEIVED" as const },
  { label: "毕业证", required: true, status: "MISSING" as const },
  { label: "结婚证", required: false, status: "MISSING" as const },
  { label: "劳动合同", required: false, status: "REJECTED" as const },
];

const base = { serviceMode: "WINDOW" as const, documents: docs, hasAppointment: false };

describe("the enterprise's next step", () => {
  it("names a draft's missing documents, but not optional ones nobody asked for", () => {
    expect(nextStep({ ...base, status: "DRAFT" })).toEqual({
      keys: ["DRAFT", "draftMissing", "bookEarly"],
      items: ["毕业证", "劳动合同"],
    });
  });

  it("says a complete draft may be submitted, and offers no booking once one is held", () => {
    const complete = docs.map((d) => ({ ...d, status: "RECEIVED" as const }));
    expect(nextStep({ ...base, status: "DRAFT", documents: complete, hasAppointment: true })).toEqual({
      keys: ["DRAFT", "draftReady"],
      items: [],
    });
  });

  it("names what the police asked for", () => {
    expect(nextStep({ ...base, status: "NEEDS_MATERIALS" }).items).toEqual(["毕业证", "劳动合同"]);
    const asked = nextStep({ ...base, status: "NEEDS_MATERIALS", documents: [] });
    expect(asked.keys).toEqual(["NEEDS_MATERIALS_NONE"]);
  });

  it("after approval: book, come on the booked day, or wait for the officer", () => {
    expect(nextStep({ ...base, status: "APPROVED" }).keys).toEqual(["approvedBook"]);
    expect(nextStep({ ...base, status: "APPROVED", hasAppointment: true }).keys).toEqual(["approvedBooked"]);
    expect(nextStep({ ...base, status: "APPROVED", serviceMode: "DOOR_TO_DOOR" }).keys).toEqual(["approvedService"]);
    expect(nextStep({ ...base, status: "APPROVED", serviceMode: "ONLINE" }).keys).toEqual(["approvedOnline"]);
  });

  it("waits while the police hold the request, and ends once it is finished", () => {
    expect(nextStep({ ...base, status: "SUBMITTED", serviceMode: "PROXY" }).keys).toEqual(["SUBMITTED"]);
    expect(nextStep({ ...base, status: "UNDER_REVIEW" }).keys).toEqual(["UNDER_REVIEW", "bookEarly"]);
    expect(nextStep({ ...base, status: "COMPLETED" }).keys).toEqual(["COMPLETED"]);
    expect(nextStep({ ...base, status: "REJECTED" }).keys).toEqual(["REJECTED"]);
  });
});
