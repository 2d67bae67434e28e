import type { TeamFormOptions } from "./team-form";

type Raw = {
  stations: { id: string; name: string; nameEn: string }[];
  officers: { id: string; name: string; nameEn: string; stationId: string }[];
  enterprises: {
    id: string;
    name: string;
    nameEn: string;
    stationId: string;
    team: { id: string; name: string } | null;
  }[];
};

/** The team form's choices with names in the reader's language. */
export function toTeamFormOptions(raw: Raw, name: (zh: string, en: string) => string): TeamFormOptions {
  return {
    stations: raw.stations.map((s) => ({ id: s.id, label: name(s.name, s.nameEn) })),
    officers: raw.officers.map((o) => ({ id: o.id, label: name(o.name, o.nameEn), stationId: o.stationId })),
    enterprises: raw.enterprises.map((e) => ({
      id: e.id,
      label: name(e.name, e.nameEn),
      stationId: e.stationId,
      team: e.team,
    })),
  };
}
