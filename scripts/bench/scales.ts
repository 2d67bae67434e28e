/** How much a generated city holds. Counts are per county unless named otherwise. */
export type Scale = {
  counties: number;
  stationsPerCounty: number;
  workstationsPerStation: number;
  /** Police officers per county: most serve at a station, a tenth in the supporting departments. */
  officersPerCounty: number;
  enterprisesPerCounty: number;
  ticketsPerCounty: number;
  /** Visits per enterprise over the two years. */
  visitsPerEnterprise: number;
  hazardsPerCounty: number;
  residencyPerCounty: number;
  disputesPerCounty: number;
};

export const SCALES = {
  // A city of ten counties: 20,000 enterprises, 2,000,000 tickets, 240,000 visits, 40,000 hazards.
  city: {
    counties: 10,
    stationsPerCounty: 8,
    workstationsPerStation: 2,
    officersPerCounty: 100,
    enterprisesPerCounty: 2_000,
    ticketsPerCounty: 200_000,
    visitsPerEnterprise: 12,
    hazardsPerCounty: 4_000,
    residencyPerCounty: 2_000,
    disputesPerCounty: 300,
  },
  // One county of the city: a tenth of everything.
  county: {
    counties: 1,
    stationsPerCounty: 8,
    workstationsPerStation: 2,
    officersPerCounty: 100,
    enterprisesPerCounty: 2_000,
    ticketsPerCounty: 200_000,
    visitsPerEnterprise: 12,
    hazardsPerCounty: 4_000,
    residencyPerCounty: 2_000,
    disputesPerCounty: 300,
  },
  // For the generator's own test: two counties, every kind of record, a few seconds.
  tiny: {
    counties: 2,
    stationsPerCounty: 2,
    workstationsPerStation: 2,
    officersPerCounty: 10,
    enterprisesPerCounty: 40,
    ticketsPerCounty: 600,
    visitsPerEnterprise: 3,
    hazardsPerCounty: 60,
    residencyPerCounty: 60,
    disputesPerCounty: 10,
  },
} as const satisfies Record<string, Scale>;

export type ScaleName = keyof typeof SCALES;

export function isScaleName(name: string): name is ScaleName {
  return Object.hasOwn(SCALES, name);
}

/** Officers of a county who serve in the supporting departments rather than at a station. */
export const departmentOfficers = (scale: Scale) => Math.max(1, Math.floor(scale.officersPerCounty / 10));
