import { describe, expect, it } from "vitest";
import { canAssign, canSeeAssignmentHistory, coverageShare, withPredecessors } from "./policy.ts";

describe("assignment policy", () => {
  it("lets only chiefs and admins assign, and hides history from liaisons", () => {
    expect((["LIAISON", "OFFICER", "CHIEF", "ADMIN"] as const).filter((role) => canAssign({ role }))).toEqual([
      "CHIEF",
      "ADMIN",
    ]);
    expect(
      (["LIAISON", "OFFICER", "CHIEF", "ADMIN"] as const).filter((role) => canSeeAssignmentHistory({ role })),
    ).toEqual(["OFFICER", "CHIEF", "ADMIN"]);
  });

  it("counts an empty county as uncovered", () => {
    expect(coverageShare(0, 0)).toBe(0);
    expect(coverageShare(3, 4)).toBe(0.75);
  });

  it("pairs each period with the officer it replaced", () => {
    const rows = [
      { officer: "C", startedAt: new Date(3) },
      { officer: "B", startedAt: new Date(2) },
      { officer: "A", startedAt: new Date(1) },
    ];
    expect(withPredecessors(rows).map((r) => [r.previous, r.officer])).toEqual([
      ["B", "C"],
      ["A", "B"],
      [null, "A"],
    ]);
    expect(withPredecessors([])).toEqual([]);
  });
});
