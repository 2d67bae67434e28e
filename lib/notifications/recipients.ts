import type { Prisma } from "../db/generated/client.ts";

type Tx = Prisma.TransactionClient;

// Who hears about what happens to a ticket. Only active accounts are told.

/** An enterprise's liaisons who are told: a filter for its `liaisons`, when they are read with the enterprise. */
export const toldLiaisons = { role: "LIAISON", active: true } satisfies Prisma.UserWhereInput;

export async function liaisonsOf(tx: Tx, enterpriseId: string): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { enterpriseId, ...toldLiaisons }, select: { id: true } });
  return rows.map((r) => r.id);
}

export async function chiefsOf(tx: Tx, bureauId: string): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { bureauId, role: "CHIEF", active: true }, select: { id: true } });
  return rows.map((r) => r.id);
}

export async function officersOfDepartment(tx: Tx, departmentId: string): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { departmentId, role: "OFFICER", active: true }, select: { id: true } });
  return rows.map((r) => r.id);
}
