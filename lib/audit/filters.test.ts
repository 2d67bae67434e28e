import { describe, expect, it } from "vitest";
import { auditFilterWhere, cursorOf, parseAuditFilters } from "./filters";

describe("the audit filters", () => {
  it("keeps what fits and drops what does not", () => {
    const f = parseAuditFilters({
      actor: "ckabc123",
      entity: "Ticket; DROP",
      action: "ticket.accept",
      from: "2026-02-30",
      to: "2026-11-10",
      pii: "1",
      after: "nonsense",
    });
    expect(f).toEqual({
      actor: "ckabc123",
      entity: undefined,
      action: "ticket.accept",
      from: undefined,
      to: "2026-11-10",
      pii: true,
      after: undefined,
    });
  });

  it("bounds the period by China days, the last day included", () => {
    const where = auditFilterWhere(parseAuditFilters({ from: "2026-11-01", to: "2026-11-10" }));
    expect(where).toEqual([
      { createdAt: { gte: new Date("2026-10-31T16:00:00.000Z") } },
      { createdAt: { lt: new Date("2026-11-10T16:00:00.000Z") } },
    ]);
  });

  it("narrows 'PII views only' to the audited reads of personal data", () => {
    expect(auditFilterWhere(parseAuditFilters({ pii: "1" }))).toEqual([{ action: { in: ["residency.viewPii"] } }]);
  });

  it("continues a page strictly after the last row of the previous one", () => {
    const at = new Date("2026-11-10T02:00:00.123Z");
    const cursor = cursorOf({ createdAt: at, id: 42n });
    expect(auditFilterWhere(parseAuditFilters({ after: cursor }))).toEqual([
      { createdAt: { lte: at } },
      { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: 42n } }] },
    ]);
  });
});
