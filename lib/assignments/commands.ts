import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, ConflictError, NotFoundError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { updateIfUnchanged } from "../concurrency/update-if-unchanged.ts";
import { recordAudit } from "../audit/record.ts";
import { notify } from "../notifications/notify.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { canAssign } from "./policy.ts";
import type { HandOverInput, ReassignInput, SupportsInput } from "./schemas.ts";
import { clock } from "../time/clock.ts";

type Tx = Prisma.TransactionClient;
type Officer = { id: string; name: string };
type EnterpriseRef = { id: string; name: string; responsibleOfficerId: string | null };

const enterpriseLink = (id: string) => `/enterprises/${id}`;

function assignerBureau(user: SessionUser): string {
  // Commands are called from tests and scripts too, not only through the action wrapper.
  assertAllowed(user, canAssign);
  return requireScopeId(user.bureauId, "bureau");
}

/** The target must be an active officer of the same bureau: anyone else could not see the enterprise's work. */
async function activeOfficer(tx: Tx, bureauId: string, officerId: string, field: string): Promise<Officer> {
  const officer = await tx.user.findFirst({
    where: { id: officerId, bureauId, role: "OFFICER", active: true },
    select: { id: true, name: true },
  });
  if (!officer) throw new ActionError("errors.invalidInput", { [field]: ["assignments.errors.officerUnknown"] });
  return officer;
}

/** Closes the open period and opens the new one; the Enterprise row itself is updated by the caller. */
async function recordPeriod(
  tx: Tx,
  user: SessionUser,
  enterprise: EnterpriseRef,
  officer: Officer,
  reason: string,
  now: Date,
  action: string,
) {
  await tx.assignment.updateMany({ where: { enterpriseId: enterprise.id, endedAt: null }, data: { endedAt: now } });
  await tx.assignment.create({
    data: { enterpriseId: enterprise.id, officerId: officer.id, assignedById: user.id, reason, startedAt: now },
  });
  await recordAudit(tx, user, {
    action,
    entity: "Enterprise",
    entityId: enterprise.id,
    before: { responsibleOfficerId: enterprise.responsibleOfficerId },
    after: { responsibleOfficerId: officer.id, reason },
  });
}

async function announce(tx: Tx, user: SessionUser, enterprises: EnterpriseRef[], officer: Officer) {
  const liaisons = await tx.user.findMany({
    where: { enterpriseId: { in: enterprises.map((e) => e.id) }, role: "LIAISON", active: true },
    select: { id: true, enterpriseId: true },
  });
  for (const e of enterprises) {
    await notify(tx, [officer.id, ...liaisons.filter((l) => l.enterpriseId === e.id).map((l) => l.id)], {
      kind: "enterpriseAssigned",
      params: { enterprise: e.name, officer: officer.name },
      link: enterpriseLink(e.id),
      actorId: user.id,
    });
  }
}

/** Assigns or reassigns the responsible officer of one enterprise, against the version the chief saw. */
export async function reassignOfficer(user: SessionUser, input: ReassignInput, now = clock.now()) {
  const bureauId = assignerBureau(user);
  return getDb().$transaction(async (tx) => {
    const enterprise = await tx.enterprise.findFirst({
      where: { id: input.enterpriseId, bureauId },
      select: { id: true, name: true, responsibleOfficerId: true, version: true },
    });
    if (!enterprise) throw new NotFoundError();
    const officer = await activeOfficer(tx, bureauId, input.officerId, "officerId");
    if (officer.id === enterprise.responsibleOfficerId)
      throw new ActionError("errors.invalidInput", { officerId: ["assignments.errors.sameOfficer"] });
    // The version in the WHERE is what the user saw, not what we just read: re-reading would let two chiefs both win.
    const version = await updateIfUnchanged(
      tx.enterprise,
      { id: enterprise.id, bureauId, version: input.version },
      { responsibleOfficerId: officer.id },
    );
    await recordPeriod(tx, user, enterprise, officer, input.reason, now, "enterprise.assignOfficer");
    await announce(tx, user, [enterprise], officer);
    return { id: enterprise.id, version };
  });
}

/** An officer leaves (transfer, retirement): every enterprise they answer for goes to one successor. */
export async function handOverEnterprises(user: SessionUser, input: HandOverInput, now = clock.now()) {
  const bureauId = assignerBureau(user);
  if (input.fromOfficerId === input.toOfficerId)
    throw new ActionError("errors.invalidInput", { toOfficerId: ["assignments.errors.sameOfficer"] });
  return getDb().$transaction(async (tx) => {
    // The leaving officer may already be disabled, so only the role and bureau are checked.
    const from = await tx.user.findFirst({
      where: { id: input.fromOfficerId, bureauId, role: "OFFICER" },
      select: { id: true },
    });
    if (!from) throw new ActionError("errors.invalidInput", { fromOfficerId: ["assignments.errors.officerUnknown"] });
    const to = await activeOfficer(tx, bureauId, input.toOfficerId, "toOfficerId");
    const enterprises = await tx.enterprise.findMany({
      where: { bureauId, responsibleOfficerId: from.id },
      select: { id: true, name: true, responsibleOfficerId: true },
      orderBy: { name: "asc" },
    });
    if (enterprises.length === 0)
      throw new ActionError("errors.invalidInput", { fromOfficerId: ["assignments.errors.nothingToHandOver"] });
    // Guarded by the previous officer: an enterprise reassigned meanwhile fails the whole handover rather than being overwritten.
    const { count } = await tx.enterprise.updateMany({
      where: { id: { in: enterprises.map((e) => e.id) }, bureauId, responsibleOfficerId: from.id },
      data: { responsibleOfficerId: to.id, version: { increment: 1 } },
    });
    if (count !== enterprises.length) throw new ConflictError();
    for (const e of enterprises) await recordPeriod(tx, user, e, to, input.reason, now, "enterprise.handOver");
    await announce(tx, user, enterprises, to);
    return { count: enterprises.length };
  });
}

/**
 * Sets the enterprise's supporting departments (1+N) to the given set. Repeating a request (a double
 * click, a retry) succeeds and changes nothing; only a call that changes the set is audited.
 */
export async function setSupportingDepartments(user: SessionUser, input: SupportsInput) {
  const bureauId = assignerBureau(user);
  const wanted = [...new Set(input.departmentIds)].sort();
  return getDb().$transaction(async (tx) => {
    const enterprise = await tx.enterprise.findFirst({
      where: { id: input.enterpriseId, bureauId },
      select: { id: true },
    });
    if (!enterprise) throw new NotFoundError();
    // A deactivated department may stay in the set it was in, but is not added anew.
    const known = await tx.department.count({
      where: {
        id: { in: wanted },
        bureauId,
        OR: [{ active: true }, { supports: { some: { enterpriseId: enterprise.id } } }],
      },
    });
    if (known !== wanted.length)
      throw new ActionError("errors.invalidInput", { departmentIds: ["assignments.errors.departmentUnknown"] });
    // Changes to one enterprise's set run one after another: without the lock, two requests both read the old
    // set, and one's insert hits the other's (duplicate key) or one's delete misses the other's insert (a union).
    await tx.$executeRaw`SELECT 1 FROM "Enterprise" WHERE "id" = ${enterprise.id} FOR UPDATE`;
    const before = (
      await tx.enterpriseSupport.findMany({ where: { enterpriseId: enterprise.id }, select: { departmentId: true } })
    )
      .map((s) => s.departmentId)
      .sort();
    const added = wanted.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !wanted.includes(id));
    if (added.length === 0 && removed.length === 0) return { id: enterprise.id, departmentIds: wanted };
    if (removed.length)
      await tx.enterpriseSupport.deleteMany({ where: { enterpriseId: enterprise.id, departmentId: { in: removed } } });
    if (added.length)
      await tx.enterpriseSupport.createMany({
        data: added.map((departmentId) => ({ enterpriseId: enterprise.id, departmentId })),
      });
    await recordAudit(tx, user, {
      action: "enterprise.setSupports",
      entity: "Enterprise",
      entityId: enterprise.id,
      before: { departmentIds: before },
      after: { departmentIds: wanted },
    });
    return { id: enterprise.id, departmentIds: wanted };
  });
}
