import { describe, expect, it } from "vitest";
import { MIN_MEMBERS } from "./schemas";
import { stationsThatCanFormTeam } from "./team-stations";

const enterprises = (stationId: string, count: number, team: { id: string } | null = null) =>
  Array.from({ length: count }, () => ({ stationId, team }));

describe("stationsThatCanFormTeam", () => {
  it("offers a station only when enough of its enterprises are in no active team", () => {
    const able = stationsThatCanFormTeam([
      ...enterprises("big", MIN_MEMBERS),
      ...enterprises("small", MIN_MEMBERS - 1),
      // Enough enterprises, but three already patrol with another team.
      ...enterprises("taken", MIN_MEMBERS - 3),
      ...enterprises("taken", 3, { id: "other" }),
    ]);
    expect([...able]).toEqual(["big"]);
  });

  it("counts the edited team's own members as free, and always offers the team's station", () => {
    const own = { id: "mine" };
    const able = stationsThatCanFormTeam(
      [...enterprises("taken", MIN_MEMBERS - 3), ...enterprises("taken", 3, own), ...enterprises("home", 2, own)],
      { id: "mine", stationId: "home" },
    );
    expect([...able].sort()).toEqual(["home", "taken"]);
  });
});
