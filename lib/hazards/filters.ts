import { z } from "zod";
import { HazardStatus } from "../db/generated/enums.ts";
import { urlFlag } from "../forms/url-filters.ts";
import { drillDownFields } from "../dashboard/drill-down.ts";

/** Which date a from/to range applies to: when the hazard was listed (the default) or closed out. */
export const HAZARD_DATED = ["created", "closed"] as const;

/**
 * The hazard list's filters as they appear in the URL (read with parseUrlFilters, which drops a bad
 * value: an unknown status shows every hazard). `enterprise` narrows to one enterprise; one out of the
 * user's scope simply matches nothing, since the scope applies before this filter.
 */
export const hazardFilters = z.object({
  status: z.enum(HazardStatus),
  enterprise: z.string().trim().max(64),
  /** Past the rectification deadline and not closed out. */
  overdue: urlFlag,
  /** The place it was listed at and a period: what a dashboard figure counted (see lib/dashboard/drill-down). */
  ...drillDownFields,
  on: z.enum(HAZARD_DATED),
});
