// Which stations the team form offers. createTeam and updateTeam stay the authority (a station may
// lose enterprises between the form opening and its submission); this only keeps a chief from
// choosing a station whose enterprises cannot make up a team, which would fail on submit.
import { MIN_MEMBERS } from "./schemas.ts";

type Candidate = { stationId: string; team: { id: string } | null };

/**
 * The stations with at least MIN_MEMBERS active enterprises free to join the team: in no active team,
 * or already in `teamId`, the team being edited. The edited team's own station is always offered,
 * so the form can show what the team has even when it could no longer be formed.
 */
export function stationsThatCanFormTeam(
  enterprises: readonly Candidate[],
  team?: { id: string; stationId: string },
): Set<string> {
  const free = new Map<string, number>();
  for (const e of enterprises)
    if (!e.team || e.team.id === team?.id) free.set(e.stationId, (free.get(e.stationId) ?? 0) + 1);
  const able = new Set([...free].filter(([, count]) => count >= MIN_MEMBERS).map(([stationId]) => stationId));
  if (team) able.add(team.stationId);
  return able;
}
