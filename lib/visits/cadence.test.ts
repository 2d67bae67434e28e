import { describe, expect, it } from "vitest";
import { cadenceDaysFrom, cadenceOf, compareCadence, overdueCutoff, type Cadence } from "./cadence";

// Instants written with their China offset, so each case reads as the officer experiences it.
const at = (iso: string) => new Date(iso);

describe("cadenceOf", () => {
  it("is 'never' without a visit", () => {
    expect(cadenceOf(null, 30, at("2026-11-22T10:00:00+08:00"))).toEqual({
      dueOn: null,
      daysOverdue: 0,
      status: "never",
    });
  });

  it("is due N China days after the last visit and overdue from the day after", () => {
    const last = at("2026-10-01T10:00:00+08:00");
    expect(cadenceOf(last, 30, at("2026-10-31T23:59:59+08:00"))).toEqual({
      dueOn: "2026-10-31",
      daysOverdue: 0,
      status: "dueSoon",
    });
    expect(cadenceOf(last, 30, at("2026-11-01T00:00:00+08:00"))).toEqual({
      dueOn: "2026-10-31",
      daysOverdue: 1,
      status: "overdue",
    });
    expect(cadenceOf(last, 30, at("2026-11-10T12:00:00+08:00")).daysOverdue).toBe(10);
  });

  it("flags a visit due within 7 days as due soon, later ones as ok", () => {
    const last = at("2026-10-01T10:00:00+08:00");
    expect(cadenceOf(last, 30, at("2026-10-24T09:00:00+08:00")).status).toBe("dueSoon");
    expect(cadenceOf(last, 30, at("2026-10-23T23:59:00+08:00")).status).toBe("ok");
  });

  it("counts a visit late in the China evening for that China day, not the UTC one", () => {
    // 23:30 Beijing time on 1 Oct is still 30 Sep in UTC.
    const late = at("2026-10-01T23:30:00+08:00");
    expect(cadenceOf(late, 30, at("2026-10-31T12:00:00+08:00")).status).toBe("dueSoon");
    expect(cadenceOf(late, 30, at("2026-11-01T00:00:00+08:00")).status).toBe("overdue");
    // 00:10 Beijing time on 2 Oct is 1 Oct in UTC, but the visit belongs to 2 Oct.
    const early = at("2026-10-02T00:10:00+08:00");
    expect(cadenceOf(early, 30, at("2026-11-01T23:59:00+08:00"))).toMatchObject({
      dueOn: "2026-11-01",
      status: "dueSoon",
    });
  });

  it("changes status at China midnight, which is 16:00 UTC", () => {
    const last = at("2026-10-01T10:00:00+08:00");
    expect(cadenceOf(last, 30, at("2026-10-31T15:59:59Z")).status).toBe("dueSoon");
    expect(cadenceOf(last, 30, at("2026-10-31T16:00:00Z")).status).toBe("overdue");
  });
});

describe("overdueCutoff", () => {
  it("is China midnight N days before today: a visit at or after it keeps the enterprise on time", () => {
    const now = at("2026-11-01T08:00:00+08:00");
    const cutoff = overdueCutoff(30, now);
    expect(cutoff.toISOString()).toBe(at("2026-10-02T00:00:00+08:00").toISOString());
    expect(cadenceOf(cutoff, 30, now).status).not.toBe("overdue");
    expect(cadenceOf(new Date(cutoff.getTime() - 1), 30, now).status).toBe("overdue");
  });
});

describe("ordering and settings", () => {
  it("puts the most overdue first, then never visited, then by due date", () => {
    const rows: Cadence[] = [
      { dueOn: "2026-12-10", daysOverdue: 0, status: "ok" },
      { dueOn: null, daysOverdue: 0, status: "never" },
      { dueOn: "2026-11-25", daysOverdue: 0, status: "dueSoon" },
      { dueOn: "2026-11-20", daysOverdue: 2, status: "overdue" },
      { dueOn: "2026-11-01", daysOverdue: 21, status: "overdue" },
    ];
    expect(rows.sort(compareCadence).map((r) => r.status)).toEqual(["overdue", "overdue", "never", "dueSoon", "ok"]);
    expect(rows[0]!.daysOverdue).toBe(21);
  });

  it("falls back to 30 days for a missing or unusable setting", () => {
    expect(cadenceDaysFrom(14)).toBe(14);
    expect(cadenceDaysFrom("21")).toBe(21);
    expect(cadenceDaysFrom(undefined)).toBe(30);
    expect(cadenceDaysFrom(0)).toBe(30);
    expect(cadenceDaysFrom(2.5)).toBe(30);
  });
});
