import { getDb, Prisma } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { assertSeenVersion, updateIfUnchanged } from "../concurrency/update-if-unchanged.ts";
import { recordAudit } from "../audit/record.ts";
import { canMoveEnterprise, managerBureau } from "./policy.ts";
import type {
  CreateWorkstationInput,
  DepartmentFields,
  MoveEnterpriseInput,
  SetUnitActiveInput,
  StationFields,
  UnitKind,
  UpdateDepartmentInput,
  UpdateStationInput,
  UpdateWorkstationInput,
} from "./schemas.ts";

/*
 * Units are deactivated (停用), never deleted: tickets, visits, disputes, accounts and audit rows
 * point to them. A deactivated unit keeps its name on every record that names it, and is no longer
 * offered where new records are made.
 *
 * A unit is deactivated only once nothing active hangs off it: a station without active workstations
 * and accounts, a workstation without active enterprises, a department without active accounts. The
 * refusal lists what is left, so the administrator knows what to move first. Allowing it with a
 * warning instead would leave enterprises served by a workstation that no form offers any more, and
 * accounts whose station no longer exists for their work.
 */

type Tx = Prisma.TransactionClient;

const fieldError = (field: string, key: string) => new ActionError("errors.invalidInput", { [field]: [key] });
const codeTaken = () => fieldError("code", "organisation.errors.codeTaken");

/** Two saves of one code can both pass the check before either commits; the unique index then refuses the second. */
async function answeringDuplicateCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw codeTaken();
    throw error;
  }
}

type CodeHolder = { findFirst(args: { where: object; select: { id: true } }): PromiseLike<{ id: string } | null> };

/** The code is free in the bureau (for this kind of unit), or the field says it is taken. */
async function checkCode(delegate: CodeHolder, bureauId: string, code: string, exceptId?: string) {
  const holder = await delegate.findFirst({
    where: { bureauId, code, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (holder) throw codeTaken();
}

/** Only the fields that differ, before and after, for the audit row and the update. */
function changesOf<T extends Record<string, unknown>>(current: T, next: Partial<T>) {
  const keys = (Object.keys(next) as (keyof T)[]).filter((k) => current[k] !== next[k]);
  const pick = (source: Partial<T>) => Object.fromEntries(keys.map((k) => [k, source[k]])) as Prisma.InputJsonObject;
  return { keys, before: pick(current), after: pick(next) };
}

// ───────────── stations ─────────────

export async function createStation(user: SessionUser, input: StationFields) {
  const bureauId = managerBureau(user);
  return answeringDuplicateCode(() =>
    getDb().$transaction(async (tx) => {
      await checkCode(tx.station, bureauId, input.code);
      const station = await tx.station.create({ data: { ...input, bureauId } });
      await recordAudit(tx, user, { action: "station.create", entity: "Station", entityId: station.id, after: input });
      return { id: station.id, version: station.version };
    }),
  );
}

export async function updateStation(user: SessionUser, { id, version, ...fields }: UpdateStationInput) {
  const bureauId = managerBureau(user);
  return answeringDuplicateCode(() =>
    getDb().$transaction(async (tx) => {
      const current = await tx.station.findFirst({ where: { id, bureauId } });
      if (!current) throw new NotFoundError();
      assertSeenVersion(current, version);
      const { keys, before, after } = changesOf(current, fields);
      if (keys.length === 0) return { id, version };
      if (keys.includes("code")) await checkCode(tx.station, bureauId, fields.code, id);
      const next = await updateIfUnchanged(tx.station, { id, bureauId, version }, after);
      await recordAudit(tx, user, { action: "station.update", entity: "Station", entityId: id, before, after });
      return { id, version: next };
    }),
  );
}

// ───────────── workstations ─────────────

export async function createWorkstation(user: SessionUser, { stationId, ...fields }: CreateWorkstationInput) {
  const bureauId = managerBureau(user);
  return answeringDuplicateCode(() =>
    getDb().$transaction(async (tx) => {
      const station = await tx.station.findFirst({
        where: { id: stationId, bureauId, active: true },
        select: { id: true },
      });
      if (!station) throw fieldError("stationId", "organisation.errors.stationUnknown");
      await checkCode(tx.workstation, bureauId, fields.code);
      const workstation = await tx.workstation.create({ data: { ...fields, stationId, bureauId } });
      await recordAudit(tx, user, {
        action: "workstation.create",
        entity: "Workstation",
        entityId: workstation.id,
        after: { ...fields, stationId },
      });
      return { id: workstation.id, version: workstation.version };
    }),
  );
}

export async function updateWorkstation(user: SessionUser, { id, version, ...fields }: UpdateWorkstationInput) {
  const bureauId = managerBureau(user);
  return answeringDuplicateCode(() =>
    getDb().$transaction(async (tx) => {
      const current = await tx.workstation.findFirst({ where: { id, bureauId } });
      if (!current) throw new NotFoundError();
      assertSeenVersion(current, version);
      const { keys, before, after } = changesOf(current, fields);
      if (keys.length === 0) return { id, version };
      if (keys.includes("code")) await checkCode(tx.workstation, bureauId, fields.code, id);
      const next = await updateIfUnchanged(tx.workstation, { id, bureauId, version }, after);
      await recordAudit(tx, user, { action: "workstation.update", entity: "Workstation", entityId: id, before, after });
      return { id, version: next };
    }),
  );
}

// ───────────── departments ─────────────

export async function createDepartment(user: SessionUser, input: DepartmentFields) {
  const bureauId = managerBureau(user);
  return answeringDuplicateCode(() =>
    getDb().$transaction(async (tx) => {
      await checkCode(tx.department, bureauId, input.code);
      const department = await tx.department.create({ data: { ...input, bureauId } });
      await recordAudit(tx, user, {
        action: "department.create",
        entity: "Department",
        entityId: department.id,
        after: input,
      });
      return { id: department.id, version: department.version };
    }),
  );
}

export async function updateDepartment(user: SessionUser, { id, version, ...fields }: UpdateDepartmentInput) {
  const bureauId = managerBureau(user);
  return answeringDuplicateCode(() =>
    getDb().$transaction(async (tx) => {
      const current = await tx.department.findFirst({ where: { id, bureauId } });
      if (!current) throw new NotFoundError();
      assertSeenVersion(current, version);
      const { keys, before, after } = changesOf(current, fields);
      if (keys.length === 0) return { id, version };
      if (keys.includes("code")) await checkCode(tx.department, bureauId, fields.code, id);
      const next = await updateIfUnchanged(tx.department, { id, bureauId, version }, after);
      await recordAudit(tx, user, { action: "department.update", entity: "Department", entityId: id, before, after });
      return { id, version: next };
    }),
  );
}

// ───────────── deactivation and reactivation ─────────────

type Unit = { id: string; version: number; active: boolean };

/** What still hangs off a unit that is to be deactivated; all zero when it may go. */
async function activeDependants(tx: Tx, kind: UnitKind, id: string) {
  switch (kind) {
    case "station": {
      const [workstations, enterprises, accounts] = await Promise.all([
        tx.workstation.count({ where: { stationId: id, active: true } }),
        tx.enterprise.count({ where: { active: true, workstation: { stationId: id } } }),
        tx.user.count({ where: { stationId: id, active: true } }),
      ]);
      return { workstations, enterprises, accounts };
    }
    case "workstation":
      return { enterprises: await tx.enterprise.count({ where: { workstationId: id, active: true } }) };
    case "department":
      return { accounts: await tx.user.count({ where: { departmentId: id, active: true } }) };
  }
}

async function readUnit(tx: Tx, kind: UnitKind, id: string, bureauId: string): Promise<Unit | null> {
  const select = { id: true, version: true, active: true } as const;
  switch (kind) {
    case "station":
      return tx.station.findFirst({ where: { id, bureauId }, select });
    case "workstation":
      return tx.workstation.findFirst({ where: { id, bureauId }, select });
    case "department":
      return tx.department.findFirst({ where: { id, bureauId }, select });
  }
}

async function writeActive(tx: Tx, kind: UnitKind, seen: Unit & { bureauId: string }, active: boolean) {
  const where = { id: seen.id, bureauId: seen.bureauId, version: seen.version, active: seen.active };
  switch (kind) {
    case "station":
      return updateIfUnchanged(tx.station, where, { active });
    case "workstation":
      return updateIfUnchanged(tx.workstation, where, { active });
    case "department":
      return updateIfUnchanged(tx.department, where, { active });
  }
}

const ENTITY: Record<UnitKind, string> = { station: "Station", workstation: "Workstation", department: "Department" };

/** Deactivates (停用) or reactivates a station, workstation or department of the user's bureau. */
export async function setUnitActive(user: SessionUser, { kind, id, version, active }: SetUnitActiveInput) {
  const bureauId = managerBureau(user);
  return getDb().$transaction(async (tx) => {
    const current = await readUnit(tx, kind, id, bureauId);
    if (!current) throw new NotFoundError();
    assertSeenVersion(current, version);
    if (current.active === active)
      throw new ActionError(active ? "organisation.errors.alreadyActive" : "organisation.errors.alreadyInactive");
    if (!active) {
      const left = await activeDependants(tx, kind, id);
      if (Object.values(left).some((n) => n > 0)) {
        const values = { workstations: 0, enterprises: 0, accounts: 0, ...left };
        throw new ActionError(`organisation.errors.${kind}InUse`, undefined, values);
      }
    } else if (kind === "workstation") {
      // A workstation works under its station; it cannot reopen under a closed one.
      const ws = await tx.workstation.findFirstOrThrow({
        where: { id },
        select: { station: { select: { active: true } } },
      });
      if (!ws.station.active) throw new ActionError("organisation.errors.stationInactive");
    }
    const next = await writeActive(tx, kind, { ...current, bureauId }, active);
    await recordAudit(tx, user, {
      action: `${kind}.${active ? "reactivate" : "deactivate"}`,
      entity: ENTITY[kind],
      entityId: id,
      before: { active: current.active },
      after: { active },
    });
    return { id, version: next, active };
  });
}

// ───────────── moving an enterprise ─────────────

/**
 * Records that an enterprise leaves one workstation for another, in the transaction that changes its
 * workstation. Called by the move below and by the enterprise edit, so that no door changes an
 * enterprise's workstation without leaving the trace that keeps its past with the old one.
 */
export async function recordEnterpriseMove(
  tx: Tx,
  move: { bureauId: string; enterpriseId: string; fromWorkstationId: string; toWorkstationId: string; reason: string },
) {
  if (move.fromWorkstationId === move.toWorkstationId) return;
  await tx.enterpriseMove.create({ data: move });
}

/** Moves an enterprise to another active workstation of its bureau, against the version the user saw. */
export async function moveEnterprise(user: SessionUser, input: MoveEnterpriseInput) {
  const bureauId = managerBureau(user, canMoveEnterprise);
  return getDb().$transaction(async (tx) => {
    const current = await tx.enterprise.findFirst({
      where: { id: input.enterpriseId, bureauId },
      select: { id: true, version: true, workstationId: true },
    });
    if (!current) throw new NotFoundError();
    assertSeenVersion(current, input.version);
    if (current.workstationId === input.workstationId)
      throw fieldError("workstationId", "organisation.errors.sameWorkstation");
    const target = await tx.workstation.findFirst({
      where: { id: input.workstationId, bureauId, active: true },
      select: { id: true },
    });
    if (!target) throw fieldError("workstationId", "organisation.errors.workstationUnknown");
    const version = await updateIfUnchanged(
      tx.enterprise,
      { id: current.id, bureauId, version: input.version, workstationId: current.workstationId },
      { workstationId: target.id },
    );
    await recordEnterpriseMove(tx, {
      bureauId,
      enterpriseId: current.id,
      fromWorkstationId: current.workstationId,
      toWorkstationId: target.id,
      reason: input.reason,
    });
    await recordAudit(tx, user, {
      action: "enterprise.move",
      entity: "Enterprise",
      entityId: current.id,
      before: { workstationId: current.workstationId },
      after: { workstationId: target.id, reason: input.reason },
    });
    return { id: current.id, version, workstationId: target.id };
  });
}
