import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";

// The trigger refuses changes even to the owner; the runtime role of a two-role set-up is refused
// earlier, for lack of the UPDATE/DELETE/TRUNCATE grant (tests/integration/database-roles.test.ts).
const REFUSED = /append-only|permission denied/;

describe("audit log", () => {
  it("accepts new events but refuses to change or delete them", async () => {
    const db = getDb();
    const event = await db.auditEvent.create({
      data: { action: "test.write", entity: "Ticket", entityId: "t1", after: { status: "SUBMITTED" } },
    });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow(
      REFUSED,
    );
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(REFUSED);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(REFUSED);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("test.write");
  });
});
