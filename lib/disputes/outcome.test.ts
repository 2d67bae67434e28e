import { describe, expect, it } from "vitest";
import { parseOutcome, referralOutcome } from "./outcome";

describe("dispute outcome", () => {
  it("stores a referral with its destination and reads it back", () => {
    const stored = referralOutcome("LABOUR_ARBITRATION", "已告知申请劳动仲裁的途径。\n材料已移交。");
    expect(stored).toBe("[LABOUR_ARBITRATION] 已告知申请劳动仲裁的途径。\n材料已移交。");
    expect(parseOutcome(stored)).toEqual({
      referredTo: "LABOUR_ARBITRATION",
      text: "已告知申请劳动仲裁的途径。\n材料已移交。",
    });
  });

  it("leaves an agreement or older free text as it is", () => {
    expect(parseOutcome("双方达成调解协议。")).toEqual({ referredTo: null, text: "双方达成调解协议。" });
    expect(parseOutcome("[NOWHERE] x")).toEqual({ referredTo: null, text: "[NOWHERE] x" });
  });
});
