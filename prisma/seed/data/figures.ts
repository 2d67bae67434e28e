/**
 * Headline figures reported in the source documents (/work/shared/seeds); the
 * comment on each group names the document. Useful for sizing generated activity.
 * Counts reported as "X余" (more than X) are stored as X.
 */
export const seedFigures = {
  /** BAIC New Energy workstation, Laixi, results since 2018. */
  baicWorkstation: {
    // seed 000
    staff: { leader: 1, police: 1, auxiliaries: 4 },
    disputesResolved: 80,
    hazardsRectified: 50,
    employmentVettings: 1600,
    problemPersonsCaught: 22,
    talentsSettled: 12,
    childrenEnrolled: 12,
    heavyVehiclesPerMonth: 600,
    vehiclesEscorted: 100_000,
    stormResponders: 100,
    stormVehiclesMoved: 10_000,
    stormHours: 6,
  },
  /** Longshui Road station, "一项（企）一警" in the development zone. */
  longshuiluStation: {
    // seed 001
    enterprisesInJurisdiction: 160,
    patrolTeams: 11,
    patrolTeamSize: { min: 7, max: 10 },
    guardCompaniesPerNight: { min: 2, max: 3 },
    enterpriseCasesInvestigated: 30,
    hazardsRectified: 220,
    disputesMediated: 50,
    problemsSolved: 180,
    aluminiumTheftRecoveredCny: 20_000,
    cableTheftRecoveredCny: 100_000,
    smartValleyInvestmentCny: 2_000_000_000,
    healthTownInvestmentCny: 3_000_000_000,
  },
  /** Joint police–enterprise patrol and mediation teams of an industrial park. */
  parkPatrols: {
    // seed 002
    patrolPersonTimes: 3600,
    patrols: 500,
    videoPatrols: 450,
    hazardsFound: 6,
    suspiciousPersonsChecked: 123,
    suspiciousVehiclesChecked: 83,
    disputesFound: 128,
    disputesResolved: 128,
    escalationRisksFound: 5,
    escalationRisksResolved: 4,
    problemsSolved: 280,
  },
  /** Key-project support in a district bureau. */
  keyProjects: {
    // seed 003
    keyProjectsServed: 22,
    disputesResolvedBeforeConstruction: 265,
    householdsVisited: 1500,
    talentsSettledWithinAWeek: 26,
    illegalParkingRateBeforePct: 60,
    illegalParkingRateAfterPct: 1.3,
  },
  /** City-wide workstation programme and its warrant thresholds. */
  cityWorkstations: {
    // seed 004
    workstationThresholdEmployees: 5000,
    workstationThresholdInvestmentCny: 100_000_000,
    workstations: 11,
    officers: 188,
    hazardsRectified: 793,
    disputesMediated: 190,
    appointmentServices: 3911,
    doorToDoorServices: 2690,
    proxyServices: 1522,
  },
} as const;
