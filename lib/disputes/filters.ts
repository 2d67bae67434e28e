import { z } from "zod";
import { DisputeKind, DisputeStatus } from "../db/generated/enums.ts";
import { urlFlag } from "../forms/url-filters.ts";

/**
 * The dispute list's filters as they appear in the URL; read with parseUrlFilters, which drops a
 * value that does not fit (a stale link shows the whole list rather than an error page).
 */
export const disputeFilters = z.object({
  status: z.enum(DisputeStatus),
  kind: z.enum(DisputeKind),
  risk: urlFlag,
  /** Only narrows the user's own scope, so any id here is harmless. */
  enterpriseId: z.string().trim().max(64),
});
