import { describe, expect, it } from "vitest";
import { HISTORY_LIMIT, HISTORY_SHOWN, historyLimit } from "./history-shown";

describe("historyLimit", () => {
  it("shows the first entries unless the address asks for all", () => {
    expect(historyLimit({})).toBe(HISTORY_SHOWN);
    expect(historyLimit({ history: "all" })).toBe(HISTORY_LIMIT);
    expect(historyLimit({ history: ["all", "some"] })).toBe(HISTORY_LIMIT);
  });

  it("reads anything else as the first entries", () => {
    expect(historyLimit({ history: "everything" })).toBe(HISTORY_SHOWN);
    expect(historyLimit({ history: "" })).toBe(HISTORY_SHOWN);
  });
});
