// The authorization matrix of the API: every endpoint × every outsider (no token, the demo county's
// roles its policy refuses, a liaison of another enterprise, an officer of another station, every role
// of a second county), with a request naming the demo county's records. Each must be refused
// (401, 403 or 404) and leave every table as it was. Only the door's own bookkeeping of the
// tokens (ApiSession: last use and rate window) may move.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { API_ENDPOINTS } from "@/lib/api/registry";
import type { ApiEndpoint } from "@/lib/api/endpoint";
import { setClock } from "@/lib/time/clock";
import { loadTargets, type Targets } from "../support/action-inputs";
import { api, tokenOf } from "../support/api";
import { API_REQUESTS } from "../support/api-requests";
import { loadDemo, sessionUserOf } from "../support/demo";
import { loadSecondCounty } from "../support/second-county";
import { changedTables, tableChecksums } from "../support/table-checksum";

type Actor = { name: string; user: SessionUser | null; token?: string };

const BOOKKEEPING = new Set(["ApiSession"]);
let targets: Targets;
let restoreClock: () => void;
const demo: Record<string, Actor> = {};
let foreign: Actor[] = [];
const attempts = { total: 0, refused: 0, ignored: 0 };

const withToken = async (name: string, user: SessionUser): Promise<Actor> => ({
  name,
  user,
  token: await tokenOf(user.id),
});

beforeAll(async () => {
  restoreClock = setClock("2026-11-10T10:00:00+08:00");
  await loadDemo();
  for (const name of ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin", "city"])
    demo[name] = await withToken(name, await sessionUserOf(name));
  const second = await loadSecondCounty();
  foreign = await Promise.all(
    Object.entries(second.users).map(([role, user]) => withToken(`${role} of another county`, user)),
  );
  targets = await loadTargets();
});
afterAll(() => restoreClock());

function outsiders(endpoint: ApiEndpoint, ownScope: boolean): Actor[] {
  const roles = ["liaison1", "officer1", "chief", "admin", "city"].map((n) => demo[n]!);
  const refused = roles
    .filter((a) => !endpoint.allow(a.user!))
    .map((a) => ({ ...a, name: `${a.name} (role refused)` }));
  const actors: Actor[] = [{ name: "no token", user: null }, ...refused];
  if (ownScope) return actors;
  if (endpoint.allow(demo.liaison2!.user!)) actors.push({ ...demo.liaison2!, name: "liaison of another enterprise" });
  if (endpoint.allow(demo.officer2!.user!)) actors.push({ ...demo.officer2!, name: "officer of another station" });
  return [...actors, ...foreign];
}

describe("the API's authorization matrix", () => {
  it.each(API_ENDPOINTS.map((e) => [`${e.method} ${e.path}`, e] as const))(
    "%s: every outsider is refused and no row changes",
    async (_name, endpoint) => {
      const row = API_REQUESTS[endpoint.operationId];
      if (!row) throw new Error(`${endpoint.operationId} has no row in tests/support/api-requests.ts`);
      const spec = row.request(targets);
      const before = await tableChecksums();
      const outcomes: string[] = [];
      for (const actor of outsiders(endpoint, Boolean(row.ownScope))) {
        const answer = await api(endpoint.method, spec.path, {
          token: actor.token,
          json: spec.json,
          form: spec.form?.(),
        });
        attempts.total++;
        if ([401, 403, 404].includes(answer.status)) attempts.refused++;
        else if (row.ignoresForeignIds && answer.status < 300 && actor.user) attempts.ignored++;
        else outcomes.push(`${actor.name} got ${answer.status}`);
      }
      const changed = changedTables(before, await tableChecksums()).filter((table) => !BOOKKEEPING.has(table));
      expect({ outcomes, changed }).toEqual({ outcomes: [], changed: [] });
    },
  );

  it("counts its attempts", ({ annotate }) => {
    const line = `${attempts.total} API attempts: ${attempts.refused} refused, ${attempts.ignored} ignored without a write`;
    annotate(line);
    expect(attempts.total).toBeGreaterThan(API_ENDPOINTS.length * 2);
    expect(attempts.refused + attempts.ignored).toBe(attempts.total);
  });
});
