/**
 * Demo data for 莱西市公安局 (Laixi, Qingdao): plain typed constants, no Prisma.
 * Figures and situations follow /work/shared/seeds; all people, phone numbers,
 * credit codes and ID numbers are invented.
 */
export type * from "./types";
export { bureau, departments, stations, workstations, type DepartmentName } from "./organisation";
export { enterprises } from "./enterprises";
export { users } from "./users";
export { assignments } from "./assignments";
export { ticketTemplates } from "./tickets";
export { hazardTemplates } from "./hazards";
export { disputeTemplates } from "./disputes";
export { visitFindings } from "./visits";
export { patrolTeams } from "./patrols";
export { residencyApplicants } from "./residency";
export { seedFigures } from "./figures";
