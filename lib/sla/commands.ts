import "server-only";
import { getDb, Prisma } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ConflictError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { recordAudit } from "../audit/record.ts";
import { requireScopeId } from "../scope/require-id.ts";
import type { SlaHours } from "./deadlines.ts";
import { canEditSla } from "./policy.ts";
import { cellKey, readSlaCells, type SlaCell } from "./queries.ts";
import type { SlaTableEdit } from "./schemas.ts";
import { updateIfStill } from "../concurrency/update-if-unchanged.ts";

const same = (a: SlaHours, b: SlaHours) => a.acceptHours === b.acceptHours && a.resolveHours === b.resolveHours;
const hoursOf = ({ acceptHours, resolveHours }: SlaHours) => ({ acceptHours, resolveHours });

/**
 * Writes the cells the user changed, all or none. A cell counts as changed when its new hours differ
 * from the ones the form showed; if the stored hours differ from those too, someone else edited the
 * cell meanwhile and the whole edit is refused rather than silently overwriting theirs.
 */
export async function updateSlaTable(user: SessionUser, input: SlaTableEdit): Promise<{ changed: number }> {
  assertAllowed(user, canEditSla);
  const bureauId = requireScopeId(user.bureauId, "bureau");
  try {
    return await getDb().$transaction(async (tx) => {
      const current = new Map((await readSlaCells(tx, { bureauId })).map((c) => [cellKey(c.category, c.priority), c]));
      let changed = 0;
      for (const edit of input) {
        const now = current.get(cellKey(edit.category, edit.priority));
        if (!now) throw new Error(`unknown SLA cell ${edit.category}/${edit.priority}`);
        if ((edit.seen && same(edit, edit.seen)) || same(edit, now)) continue;
        if (!edit.seen || !same(edit.seen, now)) throw new ConflictError();
        await writeCell(tx, bureauId, now, hoursOf(edit));
        await recordAudit(tx, user, {
          action: "sla.update",
          entity: "SlaRule",
          entityId: cellKey(edit.category, edit.priority),
          before: { ...hoursOf(now), isDefault: now.isDefault },
          after: hoursOf(edit),
        });
        changed++;
      }
      return { changed };
    });
  } catch (error) {
    // Two editors creating the same missing cell at once: the second one's insert collides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError();
    throw error;
  }
}

/** Writes only if the row still holds what was read, so a concurrent edit is detected, not overwritten. */
async function writeCell(tx: Prisma.TransactionClient, bureauId: string, now: SlaCell, next: SlaHours) {
  const { category, priority } = now;
  if (now.isDefault) {
    await tx.slaRule.create({ data: { bureauId, category, priority, ...next } });
    return;
  }
  await updateIfStill(tx.slaRule, { bureauId, category, priority, ...hoursOf(now) }, next);
}
