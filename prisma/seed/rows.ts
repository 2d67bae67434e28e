// Demo data rows as the database takes them, shared by the loaders of both demo counties.
import type { Enterprise } from "./data/types.ts";

/** An enterprise of the demo data as the row it is loaded as; both demo counties load theirs this way. */
export function enterpriseRow(e: Enterprise, bureauId: string, workstationId: string) {
  return {
    bureauId,
    workstationId,
    name: e.name,
    nameEn: e.nameEn,
    creditCode: e.creditCode,
    industry: e.industry,
    industryEn: e.industryEn,
    address: e.address,
    employees: e.employees,
    investmentCny: BigInt(e.investmentCny),
    keyProject: e.keyProject,
    projectPhase: e.projectPhase,
  };
}
