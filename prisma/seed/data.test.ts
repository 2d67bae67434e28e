import { describe, expect, it } from "vitest";
import { isValidCreditCode } from "../../lib/validation/credit-code";
import { isValidMobile } from "../../lib/validation/mobile";
import { birthDateFromResidentId, isValidResidentId } from "../../lib/validation/resident-id";
import {
  assignments,
  bureau,
  departments,
  disputeTemplates,
  enterprises,
  hazardTemplates,
  patrolTeams,
  residencyApplicants,
  seedFigures,
  stations,
  ticketTemplates,
  users,
  visitFindings,
  workstations,
  type SeedUser,
  type TicketCategory,
} from "./data";

const byCode = <T extends { code: string }>(rows: T[]) => new Map(rows.map((r) => [r.code, r]));
const stationByCode = byCode(stations);
const workstationByCode = byCode(workstations);
const enterpriseByCode = byCode(enterprises);
const userByName = new Map(users.map((u) => [u.username, u]));
const departmentNames = new Set<string>(departments.map((d) => d.name));

const user = (username: string): SeedUser => {
  const u = userByName.get(username);
  if (!u) throw new Error(`no user ${username}`);
  return u;
};
const stationOfEnterprise = (code: string) =>
  workstationByCode.get(enterpriseByCode.get(code)!.workstationCode)!.stationCode;
const officerOf = (enterpriseCode: string) =>
  assignments.find((a) => a.enterpriseCode === enterpriseCode)?.officerUsername;

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe("organisation", () => {
  it("has a bureau, at least two stations and unique codes", () => {
    expect(bureau.name).toBe("莱西市公安局");
    expect(stations.length).toBeGreaterThanOrEqual(2);
    expect(duplicates(stations.map((s) => s.code))).toEqual([]);
    expect(duplicates(workstations.map((w) => w.code))).toEqual([]);
  });

  it("has a workstation for each cluster named in the seeds", () => {
    const clusters = new Set(workstations.map((w) => w.cluster));
    for (const c of ["NEV", "AVIATION", "IT", "GREEN_BUILDING", "FOOD"] as const) {
      expect(clusters).toContain(c);
    }
  });

  it("every workstation belongs to a known station", () => {
    for (const w of workstations) expect(stationByCode.has(w.stationCode), w.code).toBe(true);
  });

  it("station phone numbers are Qingdao landlines", () => {
    for (const s of stations) expect(s.phone).toMatch(/^0532-\d{8}$/);
  });
});

describe("enterprises", () => {
  it("has at least 32 with unique codes, names and credit codes", () => {
    expect(enterprises.length).toBeGreaterThanOrEqual(32);
    expect(duplicates(enterprises.map((e) => e.code))).toEqual([]);
    expect(duplicates(enterprises.map((e) => e.name))).toEqual([]);
    expect(duplicates(enterprises.map((e) => e.creditCode))).toEqual([]);
  });

  it.each(enterprises.map((e) => [e.code, e.creditCode]))("%s has a valid Laixi credit code %s", (_c, code) => {
    expect(isValidCreditCode(code)).toBe(true);
    expect(code.slice(2, 8)).toBe("370285");
  });

  it("every enterprise resolves its workstation, and every workstation has enterprises", () => {
    for (const e of enterprises) expect(workstationByCode.has(e.workstationCode), e.code).toBe(true);
    for (const w of workstations) {
      expect(enterprises.filter((e) => e.workstationCode === w.code).length, w.code).toBeGreaterThanOrEqual(4);
    }
  });

  it("numbers are sane: positive integers, phase only for sensible values", () => {
    for (const e of enterprises) {
      expect(Number.isInteger(e.employees) && e.employees > 0, e.code).toBe(true);
      expect(Number.isInteger(e.investmentCny) && e.investmentCny > 0, e.code).toBe(true);
      if (e.keyProject) expect(e.projectPhase, e.code).not.toBeNull();
    }
  });

  it("at least two workstations meet the warrant threshold (>5,000 staff or >¥100M)", () => {
    const { workstationThresholdEmployees, workstationThresholdInvestmentCny } = seedFigures.cityWorkstations;
    const warranted = workstations.filter((w) => {
      const members = enterprises.filter((e) => e.workstationCode === w.code);
      const staff = members.reduce((n, e) => n + e.employees, 0);
      const money = members.reduce((n, e) => n + e.investmentCny, 0);
      return staff > workstationThresholdEmployees || money > workstationThresholdInvestmentCny;
    });
    expect(warranted.length).toBeGreaterThanOrEqual(2);
  });

  it("includes the enterprises named in the seeds", () => {
    const names = enterprises.map((e) => e.name);
    expect(names).toContain("北汽新能源汽车莱西生产基地");
    expect(names).toContain("青岛蔚蓝生物科技有限公司");
    expect(names).toContain("置信青岛智造谷");
  });
});

describe("users", () => {
  it("usernames are unique and the fixed demo accounts exist", () => {
    expect(duplicates(users.map((u) => u.username))).toEqual([]);
    for (const name of ["admin", "chief", "officer1", "officer2", "liaison1", "liaison2"]) {
      expect(userByName.has(name), name).toBe(true);
    }
    expect(user("admin").role).toBe("ADMIN");
    expect(user("chief").role).toBe("CHIEF");
    expect(user("chief").stationCode).toBeUndefined();
  });

  it("every phone number is a valid mobile number, and unique", () => {
    for (const u of users) expect(isValidMobile(u.phone), u.username).toBe(true);
    expect(duplicates(users.map((u) => u.phone))).toEqual([]);
  });

  it("references resolve: stations, enterprises, departments", () => {
    for (const u of users) {
      if (u.stationCode) expect(stationByCode.has(u.stationCode), u.username).toBe(true);
      if (u.enterpriseCode) expect(enterpriseByCode.has(u.enterpriseCode), u.username).toBe(true);
      if (u.department) expect(departmentNames.has(u.department), u.username).toBe(true);
    }
  });

  it("roles carry the right scope fields", () => {
    for (const u of users) {
      if (u.role === "LIAISON") {
        expect(u.enterpriseCode, u.username).toBeDefined();
        expect(u.kind, u.username).toBeUndefined();
      } else {
        expect(u.enterpriseCode, u.username).toBeUndefined();
        expect(u.kind, u.username).toBeDefined();
      }
      if (u.role === "OFFICER") expect(Boolean(u.stationCode) !== Boolean(u.department), u.username).toBe(true);
      // Police carry a 6-digit badge number, auxiliaries none.
      if (u.kind === "POLICE") expect(u.badgeNo, u.username).toMatch(/^\d{6}$/);
      if (u.kind === "AUXILIARY") expect(u.badgeNo, u.username).toBeUndefined();
    }
  });

  it("has at least 8 officers and auxiliaries, a chief per station and a bureau leader", () => {
    const officers = users.filter((u) => u.role === "OFFICER");
    expect(officers.length).toBeGreaterThanOrEqual(8);
    expect(officers.some((u) => u.kind === "AUXILIARY")).toBe(true);
    for (const s of stations) {
      expect(
        users.some((u) => u.role === "CHIEF" && u.stationCode === s.code),
        s.code,
      ).toBe(true);
    }
  });

  it("badge numbers are unique", () => {
    expect(duplicates(users.flatMap((u) => (u.badgeNo ? [u.badgeNo] : [])))).toEqual([]);
  });
});

describe("assignments", () => {
  it("reference existing enterprises and officers, at most one per enterprise", () => {
    for (const a of assignments) {
      expect(enterpriseByCode.has(a.enterpriseCode), a.enterpriseCode).toBe(true);
      expect(user(a.officerUsername).role, a.officerUsername).toBe("OFFICER");
      expect(a.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const d of a.supportingDepartments ?? []) expect(departmentNames.has(d), d).toBe(true);
    }
    expect(duplicates(assignments.map((a) => a.enterpriseCode))).toEqual([]);
  });

  it("officers cover only enterprises of their own station", () => {
    for (const a of assignments) {
      expect(stationOfEnterprise(a.enterpriseCode), a.enterpriseCode).toBe(user(a.officerUsername).stationCode);
    }
  });

  it("covers most enterprises but leaves two or three without an officer", () => {
    const uncovered = enterprises.filter((e) => !officerOf(e.code));
    expect(uncovered.length).toBeGreaterThanOrEqual(2);
    expect(uncovered.length).toBeLessThanOrEqual(3);
  });

  it("wires the demo accounts: liaison1 → officer1, liaison2 → officer2, different stations", () => {
    const liaison1 = user("liaison1");
    const liaison2 = user("liaison2");
    expect(officerOf(liaison1.enterpriseCode!)).toBe("officer1");
    expect(officerOf(liaison2.enterpriseCode!)).toBe("officer2");
    expect(user("officer1").stationCode).toBeDefined();
    expect(user("officer2").stationCode).toBeDefined();
    expect(user("officer1").stationCode).not.toBe(user("officer2").stationCode);
    expect(stationOfEnterprise(liaison2.enterpriseCode!)).toBe(user("officer2").stationCode);
    expect(stationOfEnterprise(liaison1.enterpriseCode!)).toBe(user("officer1").stationCode);
  });
});

describe("patrol teams", () => {
  it("have 7–10 distinct member enterprises, all of the team's station", () => {
    expect(patrolTeams.some((t) => t.enterpriseCodes.length === 8)).toBe(true);
    for (const t of patrolTeams) {
      expect(stationByCode.has(t.stationCode), t.code).toBe(true);
      expect(t.enterpriseCodes.length, t.code).toBeGreaterThanOrEqual(7);
      expect(t.enterpriseCodes.length, t.code).toBeLessThanOrEqual(10);
      expect(duplicates(t.enterpriseCodes), t.code).toEqual([]);
      const teamStations = new Set(t.enterpriseCodes.map(stationOfEnterprise));
      expect([...teamStations], t.code).toEqual([t.stationCode]);
    }
  });

  it("have a route of 4–6 checkpoints, a leader of the station and 2–3 companies a night", () => {
    for (const t of patrolTeams) {
      expect(t.route.checkpoints.length).toBeGreaterThanOrEqual(4);
      expect(t.route.checkpoints.length).toBeLessThanOrEqual(6);
      expect(user(t.leaderUsername).stationCode).toBe(t.stationCode);
      expect(t.enterprisesPerNight).toBeGreaterThanOrEqual(2);
      expect(t.enterprisesPerNight).toBeLessThanOrEqual(3);
    }
  });
});

describe("residency applicants", () => {
  it("has at least 10 with valid, unique ID numbers born 1985–2003", () => {
    expect(residencyApplicants.length).toBeGreaterThanOrEqual(10);
    expect(duplicates(residencyApplicants.map((a) => a.residentId))).toEqual([]);
    for (const a of residencyApplicants) {
      expect(isValidResidentId(a.residentId), a.name).toBe(true);
      const year = Number(birthDateFromResidentId(a.residentId).slice(0, 4));
      expect(year, a.name).toBeGreaterThanOrEqual(1985);
      expect(year, a.name).toBeLessThanOrEqual(2003);
    }
  });

  it("have valid mobiles and belong to known enterprises", () => {
    for (const a of residencyApplicants) {
      expect(isValidMobile(a.mobile), a.name).toBe(true);
      expect(enterpriseByCode.has(a.enterpriseCode), a.name).toBe(true);
    }
  });
});

describe("activity templates", () => {
  it("has enough of each kind", () => {
    expect(ticketTemplates.length).toBeGreaterThanOrEqual(20);
    expect(hazardTemplates.length).toBeGreaterThanOrEqual(10);
    expect(disputeTemplates.length).toBeGreaterThanOrEqual(6);
    expect(visitFindings.length).toBeGreaterThanOrEqual(8);
  });

  it("tickets cover every category and have both languages", () => {
    const all: TicketCategory[] = [
      "SECURITY_HAZARD",
      "DISPUTE",
      "THEFT_CRIME",
      "PATROL_REQUEST",
      "TRAFFIC_ESCORT",
      "PERMIT_HELP",
      "LEGAL_CONSULTATION",
      "EMPLOYMENT_VETTING",
      "EMERGENCY_HELP",
      "PUBLIC_OPINION",
      "OTHER",
    ];
    expect(new Set(ticketTemplates.map((t) => t.category))).toEqual(new Set(all));
    for (const t of ticketTemplates) {
      expect(t.title && t.titleEn && t.description && t.descriptionEn, t.title).toBeTruthy();
      expect(Boolean(t.resolutionSummary), t.title).toBe(Boolean(t.resolutionSummaryEn));
      expect(Boolean(t.comment), t.title).toBe(Boolean(t.commentEn));
    }
    expect(duplicates(ticketTemplates.map((t) => t.title))).toEqual([]);
  });

  it("disputes include some with escalation risk and some without", () => {
    expect(disputeTemplates.some((d) => d.escalationRisk)).toBe(true);
    expect(disputeTemplates.some((d) => !d.escalationRisk)).toBe(true);
  });
});
