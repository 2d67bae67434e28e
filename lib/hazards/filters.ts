import { z } from "zod";
import { HazardStatus } from "../db/generated/enums.ts";

/**
 * The hazard list's filters as they appear in the URL (read with parseUrlFilters, which drops a bad
 * value: an unknown status shows every hazard). `enterprise` narrows to one enterprise; one out of the
 * user's scope simply matches nothing, since the scope applies before this filter.
 */
export const hazardFilters = z.object({
  status: z.enum(HazardStatus),
  enterprise: z.string().trim().max(64),
});
