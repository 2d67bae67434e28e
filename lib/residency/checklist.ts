import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, NotFoundError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { recordAudit } from "../audit/record.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { canEditChecklists } from "./policy.ts";
import type { RequirementInput } from "./schemas.ts";

function editorBureau(user: SessionUser): string {
  assertAllowed(user, canEditChecklists);
  return requireScopeId(user.bureauId, "bureau");
}

/** The bureau's checklists, every item including retired ones, for the editor. */
export async function listChecklists(user: SessionUser) {
  const bureauId = editorBureau(user);
  return getDb().documentRequirement.findMany({
    where: { bureauId },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { code: "asc" }],
  });
}

/**
 * Saves one checklist item, or adds one. Items are retired (inactive) rather than deleted: requests
 * filed earlier keep their documents. New requests get the active items; requests already filed keep
 * their items, and a changed "required" flag applies to them from now on.
 */
export async function saveRequirement(user: SessionUser, input: RequirementInput) {
  const bureauId = editorBureau(user);
  const { requirementId, ...fields } = input;
  return getDb().$transaction(async (tx) => {
    const clash = await tx.documentRequirement.findFirst({
      where: {
        bureauId,
        kind: fields.kind,
        code: fields.code,
        ...(requirementId ? { id: { not: requirementId } } : {}),
      },
      select: { id: true },
    });
    if (clash) throw new ActionError("errors.invalidInput", { code: ["residency.errors.codeTaken"] });
    if (requirementId) {
      const before = await tx.documentRequirement.findFirst({ where: { id: requirementId, bureauId } });
      if (!before) throw new NotFoundError();
      // The kind of an item is fixed: its documents belong to requests of that kind.
      const after = await tx.documentRequirement.update({
        where: { id: before.id },
        data: { ...fields, kind: before.kind },
      });
      await recordAudit(tx, user, {
        action: "residency.checklist.update",
        entity: "DocumentRequirement",
        entityId: after.id,
        before: {
          code: before.code,
          label: before.label,
          labelEn: before.labelEn,
          required: before.required,
          active: before.active,
          sortOrder: before.sortOrder,
        },
        after: {
          code: after.code,
          label: after.label,
          labelEn: after.labelEn,
          required: after.required,
          active: after.active,
          sortOrder: after.sortOrder,
        },
      });
      return { id: after.id };
    }
    const created = await tx.documentRequirement.create({ data: { ...fields, bureauId } });
    await recordAudit(tx, user, {
      action: "residency.checklist.create",
      entity: "DocumentRequirement",
      entityId: created.id,
      after: { ...fields },
    });
    return { id: created.id };
  });
}
