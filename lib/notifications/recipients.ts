import type { Prisma } from "../db/generated/client.ts";

type Tx = Prisma.TransactionClient;

// Who hears about what happens to a ticket. Only active accounts are told.

export async function liaisonsOf(tx: Tx, enterpriseId: string): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { enterpriseId, role: "LIAISON", active: true }, select: { id: true } });
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
