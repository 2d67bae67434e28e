/**
 * A scope id that must be present before it reaches a `where`: Prisma silently drops a condition
 * whose value is undefined, which would widen the query to every record.
 */
export function requireScopeId(id: string | null | undefined, what: string): string {
  if (!id) throw new Error(`missing scope id: ${what}`);
  return id;
}
