import { getDb, Prisma } from "../db/index.ts";
import type { Enterprise } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { assertSeenVersion, updateIfUnchanged } from "../concurrency/update-if-unchanged.ts";
import { recordAudit } from "../audit/record.ts";
import { recordEnterpriseMove } from "../organisation/commands.ts";
import { registryBureau } from "./policy.ts";
import type { EnterpriseFields } from "./schemas.ts";

/*
 * What deactivation means (停用): the enterprise has closed or left the county. Its record, tickets,
 * hazards, visits and assignment history stay as they are and stay visible (the list shows it under
 * "inactive"). From then on nobody can file a ticket, log a visit or list a hazard for it, it leaves
 * the visit cadence and the coverage figures, and it is not offered in forms. Work already open runs
 * to its end. The responsible officer stays recorded, so a reactivation restores the coverage.
 * Both directions need a reason: reactivating puts it back into every officer's duties, and the audit
 * trail should say why either way.
 */

type Tx = Prisma.TransactionClient;

export type EnterpriseRef = { enterpriseId: string; version: number };
export type UpdateEnterpriseInput = EnterpriseRef & EnterpriseFields;
export type SetActiveInput = EnterpriseRef & { active: boolean; reason: string };

const FIELDS = [
  "name",
  "nameEn",
  "creditCode",
  "industry",
  "industryEn",
  "workstationId",
  "address",
  "employees",
  "investmentCny",
  "keyProject",
  "projectPhase",
] as const satisfies readonly (keyof EnterpriseFields & keyof Enterprise)[];

type Field = (typeof FIELDS)[number];

const fieldsOf = (input: EnterpriseFields) =>
  Object.fromEntries(FIELDS.map((f) => [f, input[f]])) as Pick<EnterpriseFields, Field>;

/** Audit rows are JSON: investment is a bigint, kept exact as a string. */
const auditable = (values: Partial<Record<Field, unknown>>) =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === "bigint" ? v.toString() : v]),
  ) as Prisma.InputJsonObject;

const fieldError = (field: string, key: string, values?: Record<string, string | number>) =>
  new ActionError("errors.invalidInput", { [field]: [key] }, values);

/** A new or moved enterprise goes to a workstation that still operates, in the user's own county. */
async function checkWorkstation(tx: Tx, bureauId: string, workstationId: string) {
  const workstation = await tx.workstation.findFirst({
    where: { id: workstationId, bureauId, active: true },
    select: { id: true },
  });
  if (!workstation) throw fieldError("workstationId", "enterprise.errors.workstationUnknown");
}

/**
 * A credit code names one legal entity, so it is registered once nationwide. The holder's name is
 * given only when it is in the user's own county; of another county only the fact is told.
 */
async function creditCodeTaken(db: Tx, bureauId: string, creditCode: string, exceptId?: string) {
  const holder = await db.enterprise.findFirst({
    where: { creditCode, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true, bureauId: true },
  });
  if (!holder) return null;
  return holder.bureauId === bureauId
    ? fieldError("creditCode", "enterprise.errors.creditCodeTakenBy", { name: holder.name })
    : fieldError("creditCode", "enterprise.errors.creditCodeTaken");
}

/**
 * Two registrations of one code can both pass the check before either commits; the unique index
 * then refuses the second, which must read like the check's own answer, not like a crash.
 */
async function answeringDuplicates<T>(bureauId: string, creditCode: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    // creditCode is the only unique column of Enterprise besides its generated id.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw (
        (await creditCodeTaken(getDb(), bureauId, creditCode)) ??
        fieldError("creditCode", "enterprise.errors.creditCodeTaken")
      );
    }
    throw error;
  }
}

/** Registers an enterprise in the user's county. */
export async function createEnterprise(user: SessionUser, input: EnterpriseFields) {
  const bureauId = registryBureau(user);
  const fields = fieldsOf(input);
  return answeringDuplicates(bureauId, fields.creditCode, () =>
    getDb().$transaction(async (tx) => {
      await checkWorkstation(tx, bureauId, fields.workstationId);
      const taken = await creditCodeTaken(tx, bureauId, fields.creditCode);
      if (taken) throw taken;
      const enterprise = await tx.enterprise.create({ data: { ...fields, bureauId } });
      await recordAudit(tx, user, {
        action: "enterprise.create",
        entity: "Enterprise",
        entityId: enterprise.id,
        after: auditable(fields),
      });
      return { id: enterprise.id, version: enterprise.version };
    }),
  );
}

/**
 * Changes registry fields against the version the user saw. Only fields that differ are written and
 * audited; a save that changes nothing writes nothing and keeps the version.
 */
export async function updateEnterprise(user: SessionUser, input: UpdateEnterpriseInput) {
  const bureauId = registryBureau(user);
  const fields = fieldsOf(input);
  return answeringDuplicates(bureauId, fields.creditCode, () =>
    getDb().$transaction(async (tx) => {
      const current = await tx.enterprise.findFirst({ where: { id: input.enterpriseId, bureauId } });
      if (!current) throw new NotFoundError();
      assertSeenVersion(current, input.version);
      await checkWorkstation(tx, bureauId, fields.workstationId);
      const changed = FIELDS.filter((f) => current[f] !== fields[f]);
      if (changed.length === 0) return { id: current.id, version: current.version, changed };
      if (changed.includes("creditCode")) {
        const taken = await creditCodeTaken(tx, bureauId, fields.creditCode, current.id);
        if (taken) throw taken;
      }
      const data = Object.fromEntries(changed.map((f) => [f, fields[f]])) as Partial<typeof fields>;
      const version = await updateIfUnchanged(
        tx.enterprise,
        { id: current.id, bureauId, version: input.version },
        data,
      );
      // A changed workstation is a move: its trace keeps the enterprise's past with the old one.
      await recordEnterpriseMove(tx, {
        bureauId,
        enterpriseId: current.id,
        fromWorkstationId: current.workstationId,
        toWorkstationId: fields.workstationId,
        reason: "",
      });
      await recordAudit(tx, user, {
        action: "enterprise.update",
        entity: "Enterprise",
        entityId: current.id,
        before: auditable(Object.fromEntries(changed.map((f) => [f, current[f]]))),
        after: auditable(data),
      });
      return { id: current.id, version, changed };
    }),
  );
}

/** Deactivates (停用) or reactivates an enterprise, with the reason kept in the audit trail. */
export async function setEnterpriseActive(user: SessionUser, input: SetActiveInput) {
  const bureauId = registryBureau(user);
  return getDb().$transaction(async (tx) => {
    const current = await tx.enterprise.findFirst({
      where: { id: input.enterpriseId, bureauId },
      select: { id: true, active: true, version: true },
    });
    if (!current) throw new NotFoundError();
    assertSeenVersion(current, input.version);
    if (current.active === input.active)
      throw new ActionError(input.active ? "enterprise.errors.alreadyActive" : "enterprise.errors.alreadyInactive");
    const version = await updateIfUnchanged(
      tx.enterprise,
      { id: current.id, bureauId, version: input.version, active: current.active },
      { active: input.active },
    );
    await recordAudit(tx, user, {
      action: input.active ? "enterprise.reactivate" : "enterprise.deactivate",
      entity: "Enterprise",
      entityId: current.id,
      before: { active: current.active },
      after: { active: input.active, reason: input.reason },
    });
    return { id: current.id, version, active: input.active };
  });
}
