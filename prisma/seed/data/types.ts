/** Shapes of the demo county data. Plain data only: no Prisma imports. */

export type Cluster = "NEV" | "AVIATION" | "IT" | "GREEN_BUILDING" | "FOOD" | "OTHER";
export type ProjectPhase = "SIGNED" | "UNDER_CONSTRUCTION" | "IN_PRODUCTION";
export type Role = "ADMIN" | "CHIEF" | "OFFICER" | "LIAISON" | "CITY";
export type PersonnelKind = "POLICE" | "AUXILIARY";

export type TicketCategory =
  | "SECURITY_HAZARD"
  | "DISPUTE"
  | "THEFT_CRIME"
  | "PATROL_REQUEST"
  | "TRAFFIC_ESCORT"
  | "PERMIT_HELP"
  | "LEGAL_CONSULTATION"
  | "EMPLOYMENT_VETTING"
  | "EMERGENCY_HELP"
  | "PUBLIC_OPINION"
  | "OTHER";
export type TicketPriority = "LOW" | "NORMAL" | "HIGH" | "URGENT";
export type HazardSeverity = "LOW" | "MEDIUM" | "HIGH" | "MAJOR";
export type DisputeKind = "LABOR" | "CONTRACT" | "NEIGHBOUR" | "TRAFFIC" | "DAMAGE" | "OTHER";
export type Education = "BACHELOR" | "MASTER" | "DOCTORATE" | "VOCATIONAL";
export type ResidencyKind =
  "TALENT_SETTLEMENT" | "COLLECTIVE_HOUSEHOLD" | "RESIDENCE_PERMIT" | "CHILD_SCHOOL_PROOF" | "ID_CARD";

export interface Bureau {
  code: string;
  name: string;
  nameEn: string;
}

export interface Department {
  code: string;
  name: string;
  nameEn: string;
}

export interface Station {
  code: string;
  name: string;
  nameEn: string;
  address: string;
  phone: string;
}

export interface Workstation {
  code: string;
  name: string;
  nameEn: string;
  stationCode: string;
  park: string;
  parkEn: string;
  cluster: Cluster;
  address: string;
}

export interface Enterprise {
  code: string;
  name: string;
  nameEn: string;
  creditCode: string;
  industry: string;
  industryEn: string;
  workstationCode: string;
  address: string;
  employees: number;
  /** Total investment in whole yuan. */
  investmentCny: number;
  keyProject: boolean;
  projectPhase: ProjectPhase | null;
}

export interface SeedUser {
  username: string;
  name: string;
  /** Pinyin, family name first. */
  nameEn: string;
  role: Role;
  stationCode?: string;
  enterpriseCode?: string;
  kind?: PersonnelKind;
  /** 警号, police only. */
  badgeNo?: string;
  /** Supporting department (治安大队 …) for bureau-level officers. */
  department?: string;
  /** Post shown on contact cards, e.g. 所长, 社区民警, 安保部经理. */
  title?: string;
  phone: string;
}

export interface Assignment {
  enterpriseCode: string;
  officerUsername: string;
  /** Date the officer took the enterprise on, YYYY-MM-DD. */
  since: string;
  /** "1+N": departments (by Chinese name) that back the responsible officer. */
  supportingDepartments?: string[];
}

export interface TicketTemplate {
  category: TicketCategory;
  priority: TicketPriority;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  resolutionSummary?: string;
  resolutionSummaryEn?: string;
  comment?: string;
  commentEn?: string;
}

export interface HazardTemplate {
  description: string;
  descriptionEn: string;
  location: string;
  locationEn: string;
  severity: HazardSeverity;
}

export interface DisputeTemplate {
  kind: DisputeKind;
  parties: string;
  partiesEn: string;
  description: string;
  descriptionEn: string;
  /** Risk of turning into a criminal case (民转刑). */
  escalationRisk: boolean;
  mediationNotes: string;
  mediationNotesEn: string;
}

export interface VisitFinding {
  text: string;
  textEn: string;
}

export interface Checkpoint {
  name: string;
  nameEn: string;
}

export interface PatrolTeam {
  code: string;
  name: string;
  nameEn: string;
  stationCode: string;
  leaderUsername: string;
  enterpriseCodes: string[];
  /** How many member enterprises send guards each night. */
  enterprisesPerNight: number;
  route: { name: string; nameEn: string; checkpoints: Checkpoint[] };
  /** A hazard the team found on a recent night, listed against the first enterprise on duty. */
  hazardFound: { description: string; location: string; severity: "LOW" | "MEDIUM" | "HIGH" | "MAJOR" };
}

export interface ResidencyApplicant {
  name: string;
  nameEn: string;
  residentId: string;
  mobile: string;
  education: Education | null;
  kind: ResidencyKind;
  enterpriseCode: string;
  /** One line on why the application is made. */
  note: string;
  noteEn: string;
}
