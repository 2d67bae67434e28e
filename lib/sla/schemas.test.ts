import { describe, expect, it } from "vitest";
import { slaFieldName, slaTableEditSchema } from "./schemas.ts";

const issuesOf = (raw: unknown) => {
  const parsed = slaTableEditSchema.safeParse(raw);
  return parsed.success ? null : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("slaTableEditSchema", () => {
  it("reads the form's field names into cells, in the table's order", () => {
    const parsed = slaTableEditSchema.parse({
      [slaFieldName("OTHER", "LOW", "accept")]: "48",
      [slaFieldName("OTHER", "LOW", "resolve")]: " 336 ",
      [slaFieldName("OTHER", "LOW", "seenAccept")]: "24",
      [slaFieldName("OTHER", "LOW", "seenResolve")]: "336",
      [slaFieldName("SECURITY_HAZARD", "URGENT", "accept")]: "1",
      [slaFieldName("SECURITY_HAZARD", "URGENT", "resolve")]: "1",
    });
    expect(parsed).toEqual([
      { category: "SECURITY_HAZARD", priority: "URGENT", acceptHours: 1, resolveHours: 1, seen: null },
      {
        category: "OTHER",
        priority: "LOW",
        acceptHours: 48,
        resolveHours: 336,
        seen: { acceptHours: 24, resolveHours: 336 },
      },
    ]);
  });

  it("puts each error on the field that caused it", () => {
    expect(
      issuesOf({
        "DISPUTE.HIGH.accept": "5",
        "DISPUTE.HIGH.resolve": "4",
        "DISPUTE.LOW.accept": "0",
        "DISPUTE.LOW.resolve": "2.5",
        "OTHER.LOW.accept": "720",
        "OTHER.LOW.resolve": "2160",
        "OTHER.HIGH.accept": "721",
        "OTHER.HIGH.resolve": "2161",
        "OTHER.NORMAL.resolve": "10",
      }),
    ).toEqual([
      ["DISPUTE.HIGH.resolve", "sla.errors.resolveBeforeAccept"],
      ["DISPUTE.LOW.accept", "sla.errors.acceptHours"],
      ["DISPUTE.LOW.resolve", "sla.errors.resolveHours"],
      ["OTHER.HIGH.accept", "sla.errors.acceptHours"],
      ["OTHER.HIGH.resolve", "sla.errors.resolveHours"],
      ["OTHER.NORMAL.accept", "sla.errors.acceptHours"],
    ]);
  });

  it("ignores fields that name no cell and treats unreadable shown values as unknown", () => {
    const parsed = slaTableEditSchema.parse({
      "__proto__.LOW.accept": "1",
      "OTHER.SOMETIMES.accept": "1",
      "OTHER.LOW.accept": "2",
      "OTHER.LOW.resolve": "3",
      "OTHER.LOW.seenAccept": "-1",
      "OTHER.LOW.seenResolve": "3",
      $ACTION_ID_x: "",
    });
    expect(parsed).toEqual([{ category: "OTHER", priority: "LOW", acceptHours: 2, resolveHours: 3, seen: null }]);
    expect(({} as Record<string, unknown>).LOW).toBeUndefined();
  });
});
