import { ConflictError } from "../auth/errors.ts";

/** Any Prisma model delegate (or transaction's) that can update many rows at once. */
type UpdateManyDelegate<W, D> = {
  updateMany(args: { where: W; data: D }): PromiseLike<{ count: number }>;
};

/**
 * Compare-and-set in one statement: writes `data` to the one row that still holds what the user saw
 * (`seen`: its key plus the values read), or throws ConflictError when another change came first.
 * Checking first and writing after would let two concurrent changes both through.
 */
export async function updateIfStill<const W extends object, const D extends object>(
  delegate: UpdateManyDelegate<NoInfer<W>, NoInfer<D>>,
  seen: W,
  data: D,
): Promise<void> {
  const { count } = await delegate.updateMany({ where: seen, data });
  if (count !== 1) throw new ConflictError();
}

/**
 * Optimistic concurrency for versioned rows: writes `data` and bumps the version only where the row is
 * still at the version (and whatever else `seen` holds, such as the status) the user saw, so of two
 * concurrent changes exactly one succeeds. Returns the new version.
 */
export async function updateIfUnchanged<const W extends { id: string; version: number }, const D extends object>(
  delegate: UpdateManyDelegate<NoInfer<W>, NoInfer<D> & { version: { increment: number } }>,
  seen: W,
  data: D,
): Promise<number> {
  await updateIfStill(delegate, seen, { ...data, version: { increment: 1 } });
  return seen.version + 1;
}

/** The version the user saw is not the record's: say so rather than act on a state they never saw. */
export function assertSeenVersion(record: { version: number }, seenVersion: number): void {
  if (record.version !== seenVersion) throw new ConflictError();
}
