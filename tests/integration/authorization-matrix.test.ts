// The authorization matrix, generated from the action registry (lib/authorization/matrix.ts): every
// action × every outsider (anonymous, the demo county's roles the policy refuses, a liaison of another
// enterprise, an officer of another station, every role of a second county) with an input naming the
// demo county's records. Each attempt must be refused and leave every table's rows exactly as they
// were. An action in the registry without a row in ACTION_INPUTS (tests/support/action-inputs.ts)
// fails the test, so none can be added without its row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/auth/action-core";
import type { SessionUser } from "@/lib/auth/session-user";
import { setClock } from "@/lib/time/clock";
import {
  ACTION_INPUTS,
  loadTargets,
  REGISTRY,
  type AnyAction,
  type MatrixRow,
  type Targets,
} from "../support/action-inputs";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";
import { loadSecondCounty } from "../support/second-county";
import { changedTables, tableChecksums } from "../support/table-checksum";

type Actor = { name: string; user: SessionUser | null };

const registry = REGISTRY;

const targets = {} as Targets;
const demo = {} as Record<"liaison1" | "liaison2" | "officer1" | "officer2" | "chief" | "admin" | "city", SessionUser>;
let foreign: Actor[] = [];
let restoreClock: () => void;
const attempts = { total: 0, refused: 0, ignored: 0 };

beforeAll(async () => {
  restoreClock = setClock("2026-11-10T10:00:00+08:00");
  await loadDemo();
  for (const name of ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin", "city"] as const)
    demo[name] = await sessionUserOf(name);
  const second = await loadSecondCounty();
  foreign = Object.entries(second.users).map(([role, user]) => ({ name: `${role} of another county`, user }));

  Object.assign(targets, await loadTargets());
});

afterAll(() => restoreClock());

/** Whoever must be refused this action with this input, besides the second county's users. */
function outsiders(def: AnyAction, row: MatrixRow): Actor[] {
  // The city's leader reads every county and is refused every action that works a county's records.
  const demoRoles = [demo.liaison1, demo.officer1, demo.chief, demo.admin, demo.city];
  const refusedRoles = demoRoles
    .filter((u) => !def.allow(u))
    .map((u) => ({ name: `${u.role.toLowerCase()} (role refused)`, user: u }));
  const actors: Actor[] = [{ name: "anonymous", user: null }, ...refusedRoles];
  if (row.ownScope) return actors;
  // Same county, same role, someone else's records: liaison2 is of another enterprise, officer2 of another station.
  if (def.allow(demo.liaison2)) actors.push({ name: "liaison of another enterprise", user: demo.liaison2 });
  if (def.allow(demo.officer2)) actors.push({ name: "officer of another station", user: demo.officer2 });
  return [...actors, ...foreign];
}

describe("the authorization matrix", () => {
  it("has a row for every action of the registry, and none for an action it no longer has", () => {
    const missing = registry.filter((a) => !(a.key in ACTION_INPUTS)).map((a) => `action ${a.key} has no matrix row`);
    const stale = Object.keys(ACTION_INPUTS)
      .filter((key) => !registry.some((a) => a.key === key))
      .map((key) => `matrix row ${key} names no action of the registry`);
    expect([...missing, ...stale]).toEqual([]);
  });

  it.each(registry.map((a) => [a.key, a] as const))(
    "%s: every outsider is refused and no row changes",
    async (key, { def }) => {
      const row = ACTION_INPUTS[key];
      if (!row)
        throw new Error(`action ${key} has no matrix row (add it to ACTION_INPUTS in tests/support/action-inputs.ts)`);
      // Refused for its input, an attempt proves nothing about scope: the row's input must be valid.
      const parsed = def.schema.safeParse(row.input(targets));
      expect(parsed.error?.issues ?? [], `the matrix row of ${key} is not a valid input`).toEqual([]);
      const before = await tableChecksums();
      const outcomes: string[] = [];
      for (const actor of outsiders(def, row)) {
        const result = actor.user
          ? await runAs(actor.user, def, row.input(targets))
          : await executeAction(def, row.input(targets), { user: null, sameOrigin: true, t: (k) => k });
        attempts.total++;
        if (result.ok) {
          if (row.ignoresForeignIds) attempts.ignored++;
          else outcomes.push(`${actor.name} was allowed`);
        } else {
          attempts.refused++;
        }
      }
      const changed = changedTables(before, await tableChecksums());
      expect({ outcomes, changed }).toEqual({ outcomes: [], changed: [] });
    },
  );

  it("counts its attempts", ({ annotate }) => {
    const line = `${attempts.total} attempts: ${attempts.refused} refused, ${attempts.ignored} ignored without a write`;
    annotate(line);
    console.info(`authorization matrix: ${line}`);
    expect(attempts.total).toBeGreaterThan(registry.length * 3);
  });
});
