import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { seedDemo } from "@/prisma/seed/seed";

/** Loads the demo county into this file's database. */
export async function loadDemo() {
  await seedDemo(getDb());
}

/** The session user of a demo account, as sign-in would build it. */
export async function sessionUserOf(username: string): Promise<SessionUser> {
  const u = await getDb().user.findUniqueOrThrow({ where: { username } });
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    role: u.role,
    bureauId: u.bureauId,
    stationId: u.stationId,
    departmentId: u.departmentId,
    enterpriseId: u.enterpriseId,
  };
}
