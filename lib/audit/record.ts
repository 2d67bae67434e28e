import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Records one write, in the same transaction as the write itself, so neither exists without the other. */
export async function recordAudit(
  tx: Tx,
  actor: Pick<SessionUser, "id" | "bureauId">,
  entry: AuditEntry,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      bureauId: actor.bureauId,
      actorId: actor.id,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
