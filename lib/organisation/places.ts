import "server-only";
import { cache } from "react";
import { readDb } from "../db/read.ts";

export type StationPlace = { id: string; name: string; nameEn: string; active: boolean };
export type WorkstationPlace = StationPlace & { stationId: string };

/**
 * A county's stations, inactive ones included, in code order: read once per request, however many
 * parts of a page list or name them (a dashboard's breakdowns, filters, advisories and patrols).
 * A county has tens of them.
 */
export const bureauStations = cache((bureauId: string): Promise<StationPlace[]> =>
  readDb().station.findMany({
    where: { bureauId },
    select: { id: true, name: true, nameEn: true, active: true },
    orderBy: { code: "asc" },
  }),
);

/** A county's workstations, inactive ones included, in code order: read once per request, as above. */
export const bureauWorkstations = cache((bureauId: string): Promise<WorkstationPlace[]> =>
  readDb().workstation.findMany({
    where: { bureauId },
    select: { id: true, name: true, nameEn: true, active: true, stationId: true },
    orderBy: { code: "asc" },
  }),
);
