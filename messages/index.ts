// Every message file, per locale. A capability keeps its strings in its own file (one top-level
// namespace each) so that files stay small; add new files to both lists. The domain's words come from
// glossary.json and are placed where the capabilities read them (glossary.ts).
import enAccount from "./en/account.json";
import enApi from "./en/api.json";
import enAdvisories from "./en/advisories.json";
import enAssignments from "./en/assignments.json";
import enAttachments from "./en/attachments.json";
import enAudit from "./en/audit.json";
import enAuth from "./en/auth.json";
import enCore from "./en/core.json";
import enDashboard from "./en/dashboard.json";
import enDisputes from "./en/disputes.json";
import enEnterprise from "./en/enterprise.json";
import enEnterpriseImport from "./en/enterprise-import.json";
import enEnterprisePicker from "./en/enterprise-picker.json";
import enGlossary from "./en/glossary.json";
import enHome from "./en/home.json";
import enHazards from "./en/hazards.json";
import enJobs from "./en/jobs.json";
import enNotifications from "./en/notifications.json";
import enOrganisation from "./en/organisation.json";
import enPatrols from "./en/patrols.json";
import enResidency from "./en/residency.json";
import enSla from "./en/sla.json";
import enSpreadsheet from "./en/spreadsheet.json";
import enTickets from "./en/tickets.json";
import enUsers from "./en/users.json";
import enVisits from "./en/visits.json";
import enValidation from "./en/validation.json";
import zhAccount from "./zh-CN/account.json";
import zhApi from "./zh-CN/api.json";
import zhAdvisories from "./zh-CN/advisories.json";
import zhAssignments from "./zh-CN/assignments.json";
import zhAttachments from "./zh-CN/attachments.json";
import zhAudit from "./zh-CN/audit.json";
import zhAuth from "./zh-CN/auth.json";
import zhCore from "./zh-CN/core.json";
import zhDashboard from "./zh-CN/dashboard.json";
import zhDisputes from "./zh-CN/disputes.json";
import zhEnterprise from "./zh-CN/enterprise.json";
import zhEnterpriseImport from "./zh-CN/enterprise-import.json";
import zhEnterprisePicker from "./zh-CN/enterprise-picker.json";
import zhGlossary from "./zh-CN/glossary.json";
import zhHome from "./zh-CN/home.json";
import zhHazards from "./zh-CN/hazards.json";
import zhJobs from "./zh-CN/jobs.json";
import zhNotifications from "./zh-CN/notifications.json";
import zhOrganisation from "./zh-CN/organisation.json";
import zhPatrols from "./zh-CN/patrols.json";
import zhResidency from "./zh-CN/residency.json";
import zhSla from "./zh-CN/sla.json";
import zhSpreadsheet from "./zh-CN/spreadsheet.json";
import zhTickets from "./zh-CN/tickets.json";
import zhUsers from "./zh-CN/users.json";
import zhVisits from "./zh-CN/visits.json";
import zhValidation from "./zh-CN/validation.json";
import type { Locale } from "../i18n/locales.ts";
import { withGlossary } from "./glossary.ts";

export const MESSAGES = {
  "zh-CN": withGlossary(
    {
      ...zhCore,
      ...zhApi,
      ...zhAuth,
      ...zhHome,
      ...zhEnterprise,
      ...zhTickets,
      ...zhSla,
      ...zhAttachments,
      ...zhNotifications,
      ...zhAssignments,
      ...zhVisits,
      ...zhHazards,
      ...zhDisputes,
      ...zhPatrols,
      ...zhResidency,
      ...zhDashboard,
      ...zhEnterpriseImport,
      ...zhEnterprisePicker,
      ...zhOrganisation,
      ...zhSpreadsheet,
      ...zhValidation,
      ...zhUsers,
      ...zhAudit,
      ...zhAccount,
      ...zhJobs,
      ...zhAdvisories,
    },
    zhGlossary.glossary,
  ),
  en: withGlossary(
    {
      ...enCore,
      ...enApi,
      ...enAuth,
      ...enHome,
      ...enEnterprise,
      ...enTickets,
      ...enSla,
      ...enAttachments,
      ...enNotifications,
      ...enAssignments,
      ...enVisits,
      ...enHazards,
      ...enDisputes,
      ...enPatrols,
      ...enResidency,
      ...enDashboard,
      ...enEnterpriseImport,
      ...enEnterprisePicker,
      ...enOrganisation,
      ...enSpreadsheet,
      ...enValidation,
      ...enUsers,
      ...enAudit,
      ...enAccount,
      ...enJobs,
      ...enAdvisories,
    },
    enGlossary.glossary,
  ),
} satisfies Record<Locale, Record<string, unknown>>;
