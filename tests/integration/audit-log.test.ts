import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";

describe("audit log", () => {
  it("accepts new events but refuses to change or delete them", async () => {
    const db = getDb();
    const event = await db.auditEvent.create({
      data: { action: "test.write", entity: "Ticket", entityId: "t1", after: { status: "SUBMITTED" } },
    });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("test.write");
  });
});
