import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "./demo";

export type SecondCounty = {
  bureauId: string;
  stationId: string;
  enterpriseId: string;
  users: { liaison: SessionUser; officer: SessionUser; chief: SessionUser; admin: SessionUser };
};

/**
 * A second county beside the demo one, with a user of every role and the records they work on
 * (station, workstation, department, enterprise, a ticket-ready liaison): whatever the demo county
 * holds must stay out of its reach, and what it holds out of the demo county's.
 */
export async function loadSecondCounty(code = "west"): Promise<SecondCounty> {
  const db = getDb();
  const bureau = await db.bureau.create({ data: { code, name: "西县公安局", nameEn: `${code} County PSB` } });
  const station = await db.station.create({
    data: { bureauId: bureau.id, code: `${code}-s`, name: "西县派出所", nameEn: `${code} station` },
  });
  await db.department.create({
    data: { bureauId: bureau.id, code: `${code}-d`, name: "西县治安大队", nameEn: `${code} department` },
  });
  const workstation = await db.workstation.create({
    data: {
      bureauId: bureau.id,
      stationId: station.id,
      code: `${code}-w`,
      name: "西县工作站",
      nameEn: `${code} WS`,
      park: "西县园区",
      parkEn: `${code} park`,
      cluster: "OTHER",
    },
  });
  const enterprise = await db.enterprise.create({
    data: {
      bureauId: bureau.id,
      workstationId: workstation.id,
      name: "西县企业",
      creditCode: `91370285MA${code.toUpperCase().padEnd(8, "0").slice(0, 8)}`,
      industry: "制造",
    },
  });
  const user = async (role: "LIAISON" | "OFFICER" | "CHIEF" | "ADMIN") => {
    const u = await db.user.create({
      data: {
        bureauId: bureau.id,
        username: `${code}-${role.toLowerCase()}`,
        name: `西县${role}`,
        passwordHash: "-",
        role,
        kind: role === "LIAISON" ? null : "POLICE",
        stationId: role === "OFFICER" || role === "CHIEF" ? station.id : null,
        departmentId: null,
        enterpriseId: role === "LIAISON" ? enterprise.id : null,
      },
    });
    return sessionUserOf(u.username);
  };
  const officer = await user("OFFICER");
  await db.enterprise.update({ where: { id: enterprise.id }, data: { responsibleOfficerId: officer.id } });
  return {
    bureauId: bureau.id,
    stationId: station.id,
    enterpriseId: enterprise.id,
    users: { liaison: await user("LIAISON"), officer, chief: await user("CHIEF"), admin: await user("ADMIN") },
  };
}
