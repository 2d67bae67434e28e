import { z } from "zod";
import { ResidencyKind, ResidencyStatus } from "../db/generated/enums.ts";
import { urlFlag } from "../forms/url-filters.ts";
import { drillDownFields } from "../dashboard/drill-down.ts";

/**
 * The request list's filters as they appear in the URL. `status` also takes "waiting" (submitted or
 * under review: the police's queue) and "all". Absent, the page chooses (the police open on their
 * queue, liaisons on everything); a status the list does not know shows every status, as "all" does.
 */
export const residencyFilters = z.object({
  status: z
    .union([z.literal("waiting"), z.literal("all"), z.enum(ResidencyStatus)])
    .optional()
    .catch("all"),
  kind: z.enum(ResidencyKind),
  green: urlFlag,
  /**
   * A dashboard figure's station and the days it was completed in (from/to, China days): residency
   * is counted by the enterprise's station, so a narrower place does not apply here.
   */
  station: drillDownFields.station,
  from: drillDownFields.from,
  to: drillDownFields.to,
});

export type ResidencyStatusFilter = NonNullable<z.output<typeof residencyFilters>["status"]>;
